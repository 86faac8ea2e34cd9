// `npm run check-tenant [-- --json] [-- --config <file>]`: the admin's first-day check of the tenant (docs/deploy.md).
import { runTenantCheck } from '../core/check/command';
import { startDemoTenant } from '../demo';

process.exitCode = await runTenantCheck(process.argv.slice(2), {
  fetch: (url, init) => fetch(url, init),
  network: "Node's own network stack, which uses no proxy: run the installed app with --check to test this computer's proxy",
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  demo: () => startDemoTenant(),
});
