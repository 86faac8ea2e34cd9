// electron-builder configuration: `npm run package` (see docs/deploy.md for the installers and their deployment).
import fs from 'node:fs';
import path from 'node:path';
import sevenZip from '7zip-bin';

// Archives (tar.gz, zip) need 7-Zip; the npm copy works offline, unlike electron-builder's own download.
if (!process.env.ELECTRON_BUILDER_7ZIP_PATH) {
  const { path7za } = sevenZip;
  // npm unpacks the binary without its executable bit.
  try {
    fs.accessSync(path7za, fs.constants.X_OK);
  } catch {
    fs.chmodSync(path7za, 0o755);
  }
  process.env.ELECTRON_BUILDER_7ZIP_PATH = path7za;
}

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'com.unlockpinkiosk.app',
  productName: 'Unlock PIN Kiosk',
  copyright: 'Copyright © 2026 Unlock PIN Kiosk contributors',
  directories: { buildResources: 'build', output: 'dist/installers' },

  // An unpacked Electron folder where the Electron download is blocked; otherwise electron-builder downloads it.
  electronDist: process.env.ELECTRON_OVERRIDE_DIST_PATH || undefined,

  // Only the built app: esbuild bundles every dependency into main.cjs, so no node_modules ship.
  files: ['dist/electron/**/*', 'dist/renderer/**/*', 'package.json', '!**/*.map'],
  extraMetadata: {
    main: 'dist/electron/main.cjs',
    author: { name: 'Unlock PIN Kiosk maintainers', email: 'kiosk@example.com' },
    dependencies: null,
  },
  // Returning false tells electron-builder that node_modules are handled elsewhere: none installed, rebuilt or copied.
  beforeBuild: async () => false,
  // A downloaded Electron loses its default app and version file; an unpacked folder given as electronDist keeps them.
  afterExtract: async ({ appOutDir }) => {
    const leftovers = [
      path.join(appOutDir, 'resources', 'default_app.asar'),
      path.join(appOutDir, 'Electron.app', 'Contents', 'Resources', 'default_app.asar'),
      path.join(appOutDir, 'version'),
    ];
    await Promise.all(leftovers.map((file) => fs.promises.rm(file, { force: true })));
  },
  extraResources: [
    { from: 'build/config.schema.json', to: 'config.schema.json' },
    { from: 'build/config.example.json', to: 'config.example.json' },
  ],
  asar: true,
  compression: 'normal',

  // Fuses are flipped in the Electron binary after packing; test/package checks them, and build/check-release.ts reads
  // them back from a signed package (docs/deploy.md).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The kiosk serves its pages from app://, never file:// (electron/shell/app-protocol.ts).
    grantFileProtocolExtraPrivileges: false,
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.png',
  },
  nsis: {
    // A fixed GUID names the uninstall registry key that Intune's detection rule looks for.
    guid: 'aa0554bd-a143-4788-bff6-5832b3bde362',
    oneClick: true,
    perMachine: true,
    runAfterFinish: false,
    deleteAppDataOnUninstall: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Unlock PIN Kiosk',
    artifactName: 'unlock-pin-kiosk-${version}-setup-${arch}.${ext}',
  },

  mac: {
    target: [
      { target: 'dmg', arch: ['universal'] },
      { target: 'pkg', arch: ['universal'] },
    ],
    icon: 'build/icon.png',
    category: 'public.app-category.business',
    hardenedRuntime: true,
    artifactName: 'unlock-pin-kiosk-${version}-${arch}.${ext}',
  },
  dmg: { artifactName: 'unlock-pin-kiosk-${version}-${arch}.${ext}' },
  pkg: {
    installLocation: '/Applications',
    // Without this, macOS Installer "upgrades" a copy found elsewhere (e.g. a dmg copy in Downloads) instead.
    isRelocatable: false,
    allowAnywhere: false,
    allowCurrentUserHome: false,
    artifactName: 'unlock-pin-kiosk-${version}-${arch}.${ext}',
  },

  linux: {
    // The deb first: the AppImage cannot start its sandbox on Ubuntu 23.10 and later (docs/deploy.md §6).
    target: ['deb', 'tar.gz', 'AppImage', 'dir'],
    icon: 'build/icons',
    executableName: 'unlock-pin-kiosk',
    category: 'Utility',
    synopsis: 'Look up Intune remote-lock status and unlock PINs at a help-desk counter',
    maintainer: 'Unlock PIN Kiosk maintainers <kiosk@example.com>',
    artifactName: 'unlock-pin-kiosk-${version}-${arch}.${ext}',
  },
  deb: { packageName: 'unlock-pin-kiosk' },
};
