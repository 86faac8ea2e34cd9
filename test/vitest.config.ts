import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const keytarAbsent = fileURLToPath(new URL('../build/keytar-absent.cjs', import.meta.url));

export default defineConfig({
  resolve: {
    // As in the main-process bundle (electron/dev/build-main.ts): @azure/msal-node-extensions' entry loads keytar,
    // whose native binary is never built; the package's persistence is unused, so keytar is a stub that rejects every
    // call.
    alias: { keytar: keytarAbsent },
  },
  plugins: [
    {
      // The package ships source maps whose sources it leaves out; loaded as plain files, Vite warns once per module.
      name: 'msal-node-extensions-without-source-maps',
      enforce: 'pre',
      load: (id) => (/[\\/]@azure[\\/]msal-node-extensions[\\/]dist[\\/].+\.mjs$/.test(id) ? readFile(id, 'utf8') : null),
    },
  ],
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vite's alias reaches only the modules Vite itself loads, and packages in node_modules are left to Node unless
    // inlined. @azure/msal-node-runtime stays with Node: it loads its native binary relative to its own folder.
    server: { deps: { inline: ['@azure/msal-node-extensions'] } },
  },
});
