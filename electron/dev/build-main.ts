// Bundles the main process and the preload into dist/electron as CommonJS, which Electron loads
// directly (a sandboxed preload cannot load modules of its own).
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { distDir, repoRoot } from './paths';

// The core reads the app's version from package.json; everything else in that file (scripts, dependencies) stays
// out of the shipped bundle.
const packageVersionOnly: Plugin = {
  name: 'package-version-only',
  setup(builder) {
    const packageFile = path.join(repoRoot, 'package.json');
    builder.onLoad({ filter: /[\\/]package\.json$/ }, async (args) => {
      if (path.resolve(args.path) !== packageFile) return undefined;
      const { version } = JSON.parse(await readFile(packageFile, 'utf8')) as { version: string };
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};

// @azure/msal-node-extensions loads keytar from its entry for a token persistence the kiosk never uses; keytar would
// load a native binary that is neither built nor shipped. Every import of it gets build/keytar-absent.cjs, bundled.
const keytarAbsent: Plugin = {
  name: 'keytar-absent',
  setup(builder) {
    builder.onResolve({ filter: /^keytar$/ }, () => ({ path: path.join(repoRoot, 'build/keytar-absent.cjs') }));
  },
};

// @azure/msal-node-runtime (the broker's native part) is required at run time from node_modules: its dist/index.cjs
// loads msal-node-runtime.node by a path relative to its own folder, so it must stay a real package on disk, which
// build/electron-builder.config.mjs ships (binaries unpacked from app.asar, only the build's OS and architecture).
const externalPackages = ['electron', '@azure/msal-node-runtime'];

await build({
  entryPoints: {
    main: path.join(repoRoot, 'electron/main.ts'),
    preload: path.join(repoRoot, 'electron/preload.ts'),
  },
  outdir: path.join(distDir, 'electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: externalPackages,
  sourcemap: false,
  logLevel: 'warning',
  plugins: [packageVersionOnly, keytarAbsent],
});
console.log('built dist/electron/main.cjs and preload.cjs');
