// Bundles the main process and the preload into dist/electron as CommonJS, which Electron loads
// directly (a sandboxed preload cannot load modules of its own).
import { build } from 'esbuild';
import path from 'node:path';
import { distDir, repoRoot } from './paths';

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
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
});
console.log('built dist/electron/main.cjs and preload.cjs');
