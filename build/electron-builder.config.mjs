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

// The broker's native part, @azure/msal-node-runtime, is the one package that ships as a package: esbuild leaves it out
// of main.cjs (electron/dev/build-main.ts), because its dist/index.cjs loads
// dist/<windows|macos|linux/<distro>>/<arch>/msal-node-runtime.node by a path relative to itself, and that binary loads
// msalruntime*.dll / libmsalruntime*.dylib / libmsalruntime.so from beside it. Node resolves the require from
// app.asar/dist/electron/main.cjs to app.asar/node_modules/@azure/msal-node-runtime.
//   electron-builder docs (FilesBuildOptions.files, "Application Contents"): `files` "may be specified in the platform
//   options (e.g. in the mac)" (app-builder-lib adds a platform's entries to the top-level ones); a FileSet
//   { from, to, filter } copies `from` (relative to the app directory) to `to` (relative to the asar root) through the
//   `filter` globs; "You can use file macros", among them ${arch} (ia32, x64, arm64) and ${os} (mac, linux, win).
//   ${os} does not name the package's folders (windows, macos, linux) and ia32 is its `x86`, so each platform section
//   lists its own folder.
//   `asarUnpack`: "glob patterns relative to the app directory, which specifies which files to unpack when creating the
//   asar archive". Only the binaries are unpacked (a native module cannot be loaded from inside an archive; Electron
//   loads an unpacked one from app.asar.unpacked); package.json and index.cjs stay in app.asar, under its integrity
//   hash.
//   `beforeBuild: async () => false` keeps electron-builder's own node_modules collection off: only this FileSet ships.
const msalNodeRuntime = 'node_modules/@azure/msal-node-runtime';
/** @param {string[]} binaries globs under the package folder: the build's OS and architecture only */
const msalNodeRuntimeFor = (binaries) => ({ from: msalNodeRuntime, to: msalNodeRuntime, filter: ['package.json', 'dist/index.cjs', ...binaries] });

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'com.unlockpinkiosk.app',
  productName: 'Unlock PIN Kiosk',
  copyright: 'Copyright © 2026 Unlock PIN Kiosk contributors',
  directories: { buildResources: 'build', output: 'dist/installers' },

  // An unpacked Electron folder where the Electron download is blocked; otherwise electron-builder downloads it.
  electronDist: process.env.ELECTRON_OVERRIDE_DIST_PATH || undefined,

  // Only the built app: esbuild bundles every dependency into main.cjs except @azure/msal-node-runtime, which each
  // platform section below adds for its own OS and architecture.
  files: ['dist/electron/**/*', 'dist/renderer/**/*', 'package.json', '!**/*.map'],
  asarUnpack: [`${msalNodeRuntime}/dist/{windows,macos,linux}/**`],
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
    // x64 → dist/windows/x64, arm64 → dist/windows/arm64 (each arch is packed on its own, with its own ${arch}).
    files: [msalNodeRuntimeFor(['dist/windows/${arch}/**'])],
    // msal-node-runtime.node comes unsigned (msalruntime*.dll is signed by Microsoft, and keeps that signature): sign
    // it with the app's certificate where signing is configured, for WDAC / Smart App Control on the kiosk PCs.
    signExts: ['.node'],
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
    // Both macOS architectures: the universal target packs an x64 and an arm64 app and @electron/universal merges them,
    // which fails on a file only one of them has; the two thin binaries, identical in both, are left as they are
    // instead of being merged with lipo, and msal-node-runtime picks dist/macos/<process.arch> at run time.
    files: [msalNodeRuntimeFor(['dist/macos/{x64,arm64}/**'])],
    x64ArchFiles: `Contents/Resources/app.asar.unpacked/${msalNodeRuntime}/dist/macos/**`,
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
    // The deb first: the AppImage cannot start its sandbox on Ubuntu 23.10 and later (docs/deploy.md §7).
    target: ['deb', 'tar.gz', 'AppImage', 'dir'],
    icon: 'build/icons',
    executableName: 'unlock-pin-kiosk',
    // Every distribution's build for the architecture (ubuntu, rhel8_9, rhel10): msal-node-runtime picks one by
    // /etc/os-release.
    files: [msalNodeRuntimeFor(['dist/linux/*/${arch}/**'])],
    category: 'Utility',
    synopsis: 'Look up Intune remote-lock status and unlock PINs at a help-desk counter',
    maintainer: 'Unlock PIN Kiosk maintainers <kiosk@example.com>',
    artifactName: 'unlock-pin-kiosk-${version}-${arch}.${ext}',
  },
  deb: { packageName: 'unlock-pin-kiosk' },
};
