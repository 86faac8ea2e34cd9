// Writes build/config.schema.json from the zod schema the kiosk validates with; a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kioskConfigJsonSchema } from '../electron/core/config';

const target = fileURLToPath(new URL('./config.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(kioskConfigJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
