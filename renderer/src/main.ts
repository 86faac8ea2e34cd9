import { mount } from 'svelte';
import type { KioskBridge } from '../../electron/core/contract';
import App from './App.svelte';
import { say, screenLanguage, useLanguage } from './lib/i18n';
import { KioskState } from './lib/kiosk.svelte';
import { readPageOptions } from './lib/options';

const options = readPageOptions(location.search);

// Opened outside the kiosk shell (a plain browser) there is no bridge: say so instead of failing silently.
const missingBridge: KioskBridge = {
  invoke: async () => ({ ok: false, error: { code: 'config_error', what: { id: 'noBridge' }, message: say({ id: 'noBridge' }) } }),
  subscribe: () => () => {},
};

export const kiosk = new KioskState(window.kiosk ?? missingBridge, options);
void kiosk.auth.load();
// The config may name the screen's language: it is known before the first screen is drawn, which is then in it.
await kiosk.loadInfo();
const screen = screenLanguage(options.lang, kiosk.info?.languages.screen, navigator.languages);
useLanguage(screen, navigator.languages);
document.documentElement.lang = screen;

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target, props: { kiosk } });
