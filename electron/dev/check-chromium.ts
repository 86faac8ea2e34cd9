// Runs before the browser tests: one line naming the Chromium they will use, or one line on how to get one (exit 1),
// instead of every test failing at launch.
import { findChromium } from './chromium';

const found = findChromium();
if (found.ok) {
  console.log(`Browser tests run in ${found.path} (${found.source === 'system' ? 'found on PATH' : found.source}).`);
} else {
  console.error(`Browser tests cannot run: ${found.message}`);
  process.exitCode = 1;
}
