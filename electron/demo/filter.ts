// How this tenant answers — `$filter` on managedDevices above all — as Intune does, never kinder. Each quirk below is what Microsoft documents or what
// people have reported from real tenants (sources inline); the strict behaviour is the default.
import { PIN_LIFETIME } from '../core/microsoft';
import type { GraphManagedDevice } from './seed';

export interface DemoQuirks {
  /**
   * `a or b`. The managedDevice model says combinations "must use 'and', not 'or'" (msgraph-metadata#1193). Reported:
   * - `firstClause` (default): only the first operand counts, even on one property
   *   (powershell-intune-samples#188, msgraph-beta-sdk-dotnet#1156);
   * - `asAnd`: `serialNumber eq 'X' or deviceName eq 'Y'` behaved like `and` (Intune-PowerShell-SDK#109);
   * - `refused`: a tenant answers 400.
   */
  or: 'firstClause' | 'asAnd' | 'refused';
  /**
   * `startswith(deviceName,…)` is undocumented; it was reported working (powershell-intune-samples#188). `ignored`:
   * dropped like any unsupported function, so the whole tenant comes back.
   */
  startswith: 'supported' | 'ignored';
  /**
   * `userPrincipalName eq 'abcd@…'` also returned `1234abcd@…` (Intune-PowerShell-SDK#39): `substring` (default)
   * matches any UPN that contains the literal; `exact` as documented.
   */
  upnEq: 'exact' | 'substring';
  /**
   * Documented filters this tenant drops all the same, so every device comes back. No public report says this of
   * these properties, hence none by default; it is what Intune does with any filter it does not apply
   * (microsoft-graph-docs-contrib#235, #2416; graph-explorer-v4#3125), and lets tests see that such an answer never
   * reads as "no device".
   */
  dropped: readonly ('serialNumber' | 'userPrincipalName' | 'deviceName')[];
  /**
   * Days a Mac's unlock PIN is still answered after the lock was sent. Intune's docs say 30; users and Microsoft
   * support report about 7 (MicrosoftDocs/memdocs#227), the default here.
   */
  pinShownDays: number;
  /**
   * A fault mode with no public report behind it, off by default: every action entry without its `@odata.type`, a
   * remote lock's unlockPin included. OData requires the type of a subtype's instance (JSON Format 4.01 §4.5.3); on,
   * it proves the kiosk still reads a PIN from an entry that does not say it is a remoteLockActionResult.
   */
  untypedActions: boolean;
}

export const STRICT_QUIRKS: DemoQuirks = {
  or: 'firstClause',
  startswith: 'supported',
  upnEq: 'substring',
  dropped: [],
  pinShownDays: PIN_LIFETIME.reliableDays,
  untypedActions: false,
};

type Operator = 'eq' | 'ne' | 'startswith' | 'contains' | 'endswith';

/** Operators per property as the managedDevice docs list them (serialNumber eq; deviceName eq, contains; …). */
const DOCUMENTED: Record<string, { field: keyof GraphManagedDevice; ops: readonly Operator[] }> = {
  serialnumber: { field: 'serialNumber', ops: ['eq'] },
  devicename: { field: 'deviceName', ops: ['eq', 'contains'] },
  userprincipalname: { field: 'userPrincipalName', ops: ['eq', 'ne'] },
  azureaddeviceid: { field: 'azureADDeviceId', ops: ['eq'] },
};

type Expr =
  | { kind: 'term'; op: Operator; property: string; value: string }
  | { kind: 'or' | 'and'; parts: Expr[] };

export type FilterAnswer =
  | { ok: true; matches: (device: GraphManagedDevice) => boolean }
  | { ok: false; status: 400; message: string };

const MATCH_ALL = () => true;

/** How this tenant answers a `$filter`: which devices it returns, or the 400 it sends. */
export function answerFilter(input: string, quirks: DemoQuirks): FilterAnswer {
  if (input.trim() === '') return { ok: true, matches: MATCH_ALL };
  const expr = parse(input);
  if (!expr) return { ok: false, status: 400, message: 'Invalid filter clause' };
  if (quirks.or === 'refused' && containsOr(expr)) {
    return { ok: false, status: 400, message: "Invalid filter clause: combinations of filtered properties must use 'and', not 'or'." };
  }
  return { ok: true, matches: evaluate(expr, quirks) };
}

function containsOr(expr: Expr): boolean {
  return expr.kind !== 'term' && (expr.kind === 'or' || expr.parts.some(containsOr));
}

function evaluate(expr: Expr, quirks: DemoQuirks): (d: GraphManagedDevice) => boolean {
  if (expr.kind === 'term') return evaluateTerm(expr, quirks);
  if (expr.kind === 'or' && quirks.or === 'firstClause') return evaluate(expr.parts[0]!, quirks);
  const parts = expr.parts.map((p) => evaluate(p, quirks));
  if (expr.kind === 'or' && quirks.or !== 'asAnd') return (d) => parts.some((p) => p(d));
  return (d) => parts.every((p) => p(d));
}

function evaluateTerm(term: Extract<Expr, { kind: 'term' }>, quirks: DemoQuirks): (d: GraphManagedDevice) => boolean {
  const property = DOCUMENTED[term.property.toLowerCase()];
  const startswith = term.op === 'startswith' && property?.field === 'deviceName' && quirks.startswith === 'supported';
  // A property or function Intune does not support is dropped without a word, and every device matches
  // (microsoft-graph-docs-contrib#235, #2416; graph-explorer-v4#3125).
  if (!property || !(property.ops.includes(term.op) || startswith)) return MATCH_ALL;
  if ((quirks.dropped as readonly string[]).includes(property.field)) return MATCH_ALL;
  const value = term.value.toLowerCase();
  const read = (d: GraphManagedDevice) => String(d[property.field] ?? '').toLowerCase();
  if (property.field === 'userPrincipalName') {
    // `userPrincipalName eq ''` returns every device (microsoft-graph-docs-contrib#1391).
    if (value === '') return MATCH_ALL;
    // `ne` acts as `eq` (microsoft-graph-docs#9953).
    if (quirks.upnEq === 'substring') return (d) => read(d).includes(value);
    return (d) => read(d) === value;
  }
  switch (term.op) {
    case 'contains':
      return (d) => read(d).includes(value);
    case 'startswith':
      return (d) => read(d).startsWith(value);
    default:
      return (d) => read(d) === value;
  }
}

// ---- parsing: `property op 'x'` and `fn(property,'x')`, joined by `and` / `or`, with parentheses ----

type Token = { kind: 'word'; text: string } | { kind: 'string'; text: string } | { kind: '(' | ')' | ',' };

function tokenize(input: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c });
      i++;
    } else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) return null;
        const d = input[i]!;
        i++;
        if (d !== "'") text += d;
        else if (input[i] === "'") {
          text += "'";
          i++;
        } else break;
      }
      tokens.push({ kind: 'string', text });
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(input.slice(i));
      if (!m) return null;
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

function parse(input: string): Expr | null {
  const tokens = tokenize(input);
  if (!tokens) return null;
  let pos = 0;
  const isWord = (text: string) => {
    const t = tokens[pos];
    return t?.kind === 'word' && t.text.toLowerCase() === text;
  };
  const take = <K extends Token['kind']>(kind: K): Extract<Token, { kind: K }> | null => {
    const t = tokens[pos];
    if (t?.kind !== kind) return null;
    pos++;
    return t as Extract<Token, { kind: K }>;
  };

  const term = (): Expr | null => {
    if (take('(')) {
      const inner = disjunction();
      return inner && take(')') ? inner : null;
    }
    const first = take('word');
    if (!first) return null;
    const fn = first.text.toLowerCase();
    if ((fn === 'startswith' || fn === 'contains' || fn === 'endswith') && take('(')) {
      const property = take('word');
      if (!property || !take(',')) return null;
      const value = take('string');
      if (!value || !take(')')) return null;
      return { kind: 'term', op: fn, property: property.text, value: value.text };
    }
    const op = isWord('eq') ? 'eq' : isWord('ne') ? 'ne' : null;
    if (!op) return null;
    pos++;
    const value = take('string');
    return value ? { kind: 'term', op, property: first.text, value: value.text } : null;
  };

  const joined = (kind: 'and' | 'or', next: () => Expr | null) => (): Expr | null => {
    const parts: Expr[] = [];
    for (;;) {
      const part = next();
      if (!part) return null;
      parts.push(part);
      if (!isWord(kind)) return parts.length === 1 ? part : { kind, parts };
      pos++;
    }
  };
  const conjunction = joined('and', term);
  const disjunction = joined('or', conjunction);

  const expr = disjunction();
  return expr && pos === tokens.length ? expr : null;
}
