// Graph's shapes from Microsoft's own schema (@microsoft/microsoft-graph-types, types only): what the parsers expect
// is checked against it, so a misspelt or invented field fails to compile. The parsers stay tolerant at run time.
import type { z } from 'zod';

/** A zod shape whose keys are properties of the Graph type T, plus OData's `@odata.type`. */
export type GraphShape<T> = { [K in keyof T]?: z.ZodType } & { '@odata.type'?: z.ZodType };

/** Property names of the Graph type T. */
export type GraphFields<T> = ReadonlyArray<Extract<keyof T, string>>;
