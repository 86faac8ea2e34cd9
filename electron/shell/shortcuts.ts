// Keys a visitor at the counter must not use on a kiosk window: reload, zoom, close, developer tools, history,
// print, leaving full screen. Typing, scanning (characters and Enter), Tab, Escape and the arrows still work.

/** The parts of Electron's `Input` this decision needs. */
export interface KeyInput {
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const ALWAYS_BLOCKED = new Set(['F5', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'BrowserStop', 'ZoomIn', 'ZoomOut']);
/** With Ctrl (or ⌘): reload, close, quit, print, new window, open, save, view source, history and zoom. */
const WITH_COMMAND = new Set(['r', 'w', 'q', 'p', 'n', 't', 'o', 's', 'u', 'h', 'j', 'm', '+', '=', '-', '_', '0', '[', ']', 'f4']);
const WITH_COMMAND_CODES = new Set(['KeyR', 'KeyW', 'KeyQ', 'KeyP', 'KeyN', 'KeyT', 'KeyO', 'KeyS', 'KeyU', 'KeyH', 'KeyJ', 'KeyM', 'Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0', 'BracketLeft', 'BracketRight']);
/** With Ctrl+Shift (or ⌘+⌥): developer tools. */
const DEVTOOLS_CODES = new Set(['KeyI', 'KeyJ', 'KeyC']);

export function isBlockedShortcut(input: KeyInput): boolean {
  if (ALWAYS_BLOCKED.has(input.key)) return true;
  // Ctrl+Alt is AltGr on Windows: it types @, [, ], { on many layouts and must stay typing.
  const altGr = input.control && input.alt && !input.meta;
  const command = (input.control || input.meta) && !altGr;
  // Alt+F4 closes the window; Alt+←/→ walk the history.
  if (input.alt && (input.key === 'F4' || input.key === 'ArrowLeft' || input.key === 'ArrowRight')) return true;
  if (!command) return false;
  if (WITH_COMMAND.has(input.key.toLowerCase()) || WITH_COMMAND_CODES.has(input.code)) return true;
  if ((input.shift || input.alt) && DEVTOOLS_CODES.has(input.code)) return true;
  // ⌘+Ctrl+F toggles full screen on macOS.
  return input.control && input.meta && input.code === 'KeyF';
}
