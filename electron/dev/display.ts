// Whether this session can show a window at all: Windows and macOS always can; Linux needs X11 or Wayland.
export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return !!(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export const NO_DISPLAY =
  'No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the kiosk has no window to open: run `npm start` in a desktop session, or `npm test` to check it without one.';
