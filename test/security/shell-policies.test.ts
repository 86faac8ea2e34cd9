// The pure decisions behind the kiosk lockdown: which keys are blocked, when kiosk mode is on, what a packaged kiosk
// accepts from its command line, how often a broken page is reloaded.
import { describe, expect, it } from 'vitest';
import { configSources, refusedSwitch } from '../../electron/shell/launch-policy';
import { readShellOptions } from '../../electron/shell/options';
import { RestartBudget } from '../../electron/shell/restart-budget';
import { isBlockedShortcut, type KeyInput } from '../../electron/shell/shortcuts';

const key = (k: string, code: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('blocked shortcuts', () => {
  it.each([
    ['F5', key('F5', 'F5')],
    ['Ctrl+R', key('r', 'KeyR', { control: true })],
    ['Cmd+Shift+R', key('R', 'KeyR', { meta: true, shift: true })],
    ['Ctrl+R on AZERTY-like layouts by code', key('ŕ', 'KeyR', { control: true })],
    ['Ctrl+W', key('w', 'KeyW', { control: true })],
    ['Cmd+Q', key('q', 'KeyQ', { meta: true })],
    ['Alt+F4', key('F4', 'F4', { alt: true })],
    ['Ctrl+F4', key('F4', 'F4', { control: true })],
    ['Ctrl+=', key('=', 'Equal', { control: true })],
    ['Ctrl++', key('+', 'Equal', { control: true, shift: true })],
    ['Ctrl+-', key('-', 'Minus', { control: true })],
    ['Ctrl+0', key('0', 'Digit0', { control: true })],
    ['Ctrl+numpad +', key('+', 'NumpadAdd', { control: true })],
    ['F12', key('F12', 'F12')],
    ['Ctrl+Shift+I', key('I', 'KeyI', { control: true, shift: true })],
    ['Cmd+Alt+I', key('ˆ', 'KeyI', { meta: true, alt: true })],
    ['Ctrl+Shift+J', key('J', 'KeyJ', { control: true, shift: true })],
    ['Alt+Left', key('ArrowLeft', 'ArrowLeft', { alt: true })],
    ['Browser back key', key('BrowserBack', 'BrowserBack')],
    ['Ctrl+P', key('p', 'KeyP', { control: true })],
    ['F11', key('F11', 'F11')],
    ['Cmd+Ctrl+F', key('f', 'KeyF', { meta: true, control: true })],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each([
    ['a digit of a serial', key('4', 'Digit4')],
    ['a capital letter', key('C', 'KeyC', { shift: true })],
    ['Enter from the scanner', key('Enter', 'Enter')],
    ['Tab', key('Tab', 'Tab')],
    ['Escape', key('Escape', 'Escape')],
    ['Backspace', key('Backspace', 'Backspace')],
    ['an arrow', key('ArrowDown', 'ArrowDown')],
    ['@ typed with AltGr', key('@', 'KeyQ', { alt: true, control: true })],
    ['[ typed with AltGr', key('[', 'Digit8', { alt: true, control: true })],
    ['Ctrl+C', key('c', 'KeyC', { control: true })],
    ['Ctrl+V', key('v', 'KeyV', { control: true })],
    ['Ctrl+A', key('a', 'KeyA', { control: true })],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });
});

describe('kiosk mode', () => {
  it('is off unless a switch, the environment or the config turns it on', () => {
    expect(readShellOptions([], {}).kiosk).toBe(false);
    expect(readShellOptions(['electron', '.', '--kiosk'], {}).kiosk).toBe(true);
    expect(readShellOptions(['--kiosk=1'], {}).kiosk).toBe(true);
    expect(readShellOptions([], { KIOSK_MODE: '1' }).kiosk).toBe(true);
    expect(readShellOptions([], { KIOSK_MODE: 'true' }).kiosk).toBe(true);
    expect(readShellOptions([], { KIOSK_MODE: '0' }).kiosk).toBe(false);
    expect(readShellOptions([], { KIOSK_MODE: '' }).kiosk).toBe(false);
    expect(readShellOptions(['--kiosk-other'], {}).kiosk).toBe(false);
    expect(readShellOptions([], {}, { kiosk: true }).kiosk).toBe(true);
  });

  it('cannot be turned off from the command line or the environment when the config turns it on', () => {
    expect(readShellOptions(['--kiosk=false'], { KIOSK_MODE: 'off' }, { kiosk: true }).kiosk).toBe(true);
  });
});

describe('reloading a broken page', () => {
  it('reloads at once three times a minute, then waits', () => {
    const budget = new RestartBudget({ max: 3, windowMs: 60_000 });
    expect([budget.next(0), budget.next(1_000), budget.next(2_000)]).toEqual([0, 0, 0]);
    expect(budget.next(3_000)).toBe(57_000);
    expect(budget.next(70_000)).toBe(0);
  });
});

describe('what a packaged kiosk accepts from its command line', () => {
  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-port', '9222'],
    ['--remote-debugging-pipe'],
    ['--no-sandbox'],
    ['-no-sandbox'],
    ['--inspect'],
    ['--inspect-brk=9229'],
    ['--inspect-port=0'],
    ['--INSPECT'],
  ])('refuses %s', (...args) => {
    expect(refusedSwitch(true, ['kiosk', ...args], 'linux')).toBe(args[0]!.split('=')[0]);
  });

  it('reads Windows switches written with a slash', () => {
    expect(refusedSwitch(true, ['kiosk.exe', '/no-sandbox'], 'win32')).toBe('/no-sandbox');
    expect(refusedSwitch(true, ['kiosk', '/no-sandbox'], 'linux')).toBeNull();
  });

  it('lets ordinary switches, values after --, and any switch of an unpackaged run through', () => {
    expect(refusedSwitch(true, ['kiosk', '--kiosk', '--sandbox-tools', '--', '--no-sandbox'], 'linux')).toBeNull();
    expect(refusedSwitch(false, ['electron', '--remote-debugging-port=9222', '--no-sandbox'], 'linux')).toBeNull();
  });

  it('drops --config and the config variable when packaged, and keeps them for a developer', () => {
    const argv = ['kiosk', '--config', '/tmp/a.json', '--config=/tmp/b.json', '--kiosk'];
    const env = { UNLOCK_PIN_KIOSK_CONFIG: '/tmp/c.json', ProgramData: 'C:\\ProgramData' };
    expect(configSources(true, argv, env)).toEqual({ argv: ['kiosk', '--kiosk'], env: { ProgramData: 'C:\\ProgramData' } });
    expect(configSources(false, argv, env)).toEqual({ argv, env });
  });
});
