// The packaged kiosk without a config file: it refuses to look anything up, says where the file belongs, and starts
// the demo tenant once, on request, handing it every later request and event.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskCore, nodeFetch, type KioskCore } from '../../electron/core';
import type { KioskEvent } from '../../electron/core/contract';
import { startDemoTenant, type RunningDemoTenant } from '../../electron/demo';
import { firstRunCore } from '../../electron/shell/first-run';

const CONFIG_PATH = '/etc/unlock-pin-kiosk/config.json';
const tenants: RunningDemoTenant[] = [];
afterEach(async () => {
  for (const t of tenants.splice(0)) await t.close();
});

function kiosk(fail = 0) {
  let started = 0;
  let disposed = 0;
  const lines: string[] = [];
  const cores: KioskCore[] = [];
  const core = firstRunCore({
    configPath: CONFIG_PATH,
    version: '1.2.3',
    log: (line) => lines.push(line),
    startDemo: async () => {
      started++;
      if (started <= fail) throw new Error('port in use');
      const demo = await startDemoTenant();
      tenants.push(demo);
      const demoCore = createKioskCore({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-first-run-')), tenant: demo.tenant, fetch: nodeFetch, signInFetch: nodeFetch, log: () => {} });
      const dispose = demoCore.dispose.bind(demoCore);
      demoCore.dispose = async () => {
        disposed++;
        await dispose();
      };
      cores.push(demoCore);
      return demoCore;
    },
  });
  return { core, lines, cores, starts: () => started, disposed: () => disposed };
}

describe('a kiosk without a config file', () => {
  it('says where the file belongs and refuses every lookup until the demo is chosen', async () => {
    const { core, starts } = kiosk();
    expect(await core.invoke('app:info', {})).toMatchObject({ ok: true, value: { mode: 'unconfigured', configPath: CONFIG_PATH, version: '1.2.3' } });
    const search = await core.invoke('devices:search', { query: 'C02XK1JHJG5J' });
    expect(search).toMatchObject({ ok: false, error: { code: 'config_error' } });
    expect(!search.ok && search.error.message).toContain(CONFIG_PATH);
    expect(await core.invoke('auth:signIn', { method: 'deviceCode' })).toMatchObject({ ok: false, error: { code: 'config_error' } });
    expect(starts()).toBe(0);
    await core.dispose();
  });

  it('starts the demo once, however often it is asked, and hands it requests and events', async () => {
    const { core, starts, lines, cores, disposed } = kiosk();
    const events: KioskEvent[] = [];
    core.subscribe((event) => events.push(event));
    const answers = await Promise.all([core.invoke('app:startDemo', {}), core.invoke('app:startDemo', {})]);
    expect(answers).toEqual([{ ok: true, value: { started: true } }, { ok: true, value: { started: true } }]);
    expect(starts()).toBe(1);
    expect(lines).toEqual(['No config file: the technician chose the built-in demo tenant.']);
    expect(await core.invoke('app:info', {})).toMatchObject({ ok: true, value: { mode: 'demo' } });
    // The demo core answers now, itself refusing a second start.
    expect(await core.invoke('app:startDemo', {})).toMatchObject({ ok: false, error: { code: 'not_supported' } });
    await cores[0]!.invoke('auth:signOut', {});
    expect(events.some((e) => e.name === 'auth:changed')).toBe(true);
    await core.dispose();
    expect(disposed()).toBe(1);
  });

  it('says so when the demo does not start, and can be asked again', async () => {
    const { core, starts, lines } = kiosk(1);
    expect(await core.invoke('app:startDemo', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(lines).toEqual(['The demo tenant did not start: port in use']);
    expect(await core.invoke('app:startDemo', {})).toEqual({ ok: true, value: { started: true } });
    expect(starts()).toBe(2);
    await core.dispose();
  });
});
