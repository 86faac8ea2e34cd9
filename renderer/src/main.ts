import { mount } from 'svelte';
import type { KioskBridge } from '../../electron/core/contract';
import App from './App.svelte';
import { KioskState } from './lib/kiosk.svelte';

// Opened outside the kiosk shell (a plain browser) there is no bridge: say so instead of failing silently.
const missingBridge: KioskBridge = {
  invoke: async () => ({
    ok: false,
    error: { code: 'config_error', message: 'This page must be opened by the kiosk app; it cannot reach Intune on its own.' },
  }),
  subscribe: () => () => {},
};

export const kiosk = new KioskState(window.kiosk ?? missingBridge);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target, props: { kiosk } });
