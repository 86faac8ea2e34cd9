// One translation of the config file into the core's settings, and the tenant's defaults where the config says
// nothing: the core never asks whether its tenant is the demo.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskCore, nodeFetch, type KioskTenant } from '../../electron/core';
import { coreOptionsFromConfig, parseKioskConfig } from '../../electron/core/config';
import type { AppInfo } from '../../electron/core/contract';
import { SETTING_DEFAULTS, resolveSettings } from '../../electron/core/settings';
import { createDemoGraph, demoTenant, listenOnLoopback } from '../../electron/demo';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

function config(fields: Record<string, unknown> = {}) {
  const parsed = parseKioskConfig(JSON.stringify({ tenantId: TENANT, clientId: CLIENT, ...fields }), 'config.json');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.config;
}

describe('coreOptionsFromConfig', () => {
  it("turns the file's hours, minutes and seconds into the core's milliseconds", () => {
    const options = coreOptionsFromConfig(
      config({ shiftHours: 8, signOutIdleMinutes: 15, idleResetSeconds: 90, pinVisibleSeconds: 45, recoveryKeyVisibleSeconds: 240, requestBudget: 40, remoteLock: true }),
    );
    expect(options).toMatchObject({
      features: { remoteLock: true },
      requestBudget: 40,
      screen: { idleResetMs: 90_000, pinVisibleMs: 45_000, recoveryKeyVisibleMs: 240_000 },
      signIn: { shiftMs: 8 * 3_600_000, idleMs: 15 * 60_000, allowPlaintextTokenCache: false },
      pinReadAloud: true,
    });
    expect(coreOptionsFromConfig(config({ pinReadAloud: false })).pinReadAloud).toBe(false);
    expect(options.tenant).toMatchObject({ mode: 'tenant', tenantId: TENANT, clientId: CLIENT, authority: `https://login.microsoftonline.com/${TENANT}` });
    expect(options.tenant.defaults).toBeUndefined();
  });

  it("gives an empty config the core's own defaults, the same numbers the schema documents", () => {
    const options = coreOptionsFromConfig(config());
    expect(options.screen).toEqual({
      idleResetMs: SETTING_DEFAULTS.idleResetMs,
      pinVisibleMs: SETTING_DEFAULTS.pinVisibleMs,
      recoveryKeyVisibleMs: SETTING_DEFAULTS.recoveryKeyVisibleMs,
    });
    // 48 digits need their own, longer time on screen: three minutes unless the admin says otherwise.
    expect(SETTING_DEFAULTS.recoveryKeyVisibleMs).toBe(180_000);
    expect(options.signIn).toMatchObject({ shiftMs: SETTING_DEFAULTS.shiftMs, idleMs: SETTING_DEFAULTS.signOutIdleMs });
    expect(resolveSettings(options)).toMatchObject({ remoteLock: false, requestBudget: SETTING_DEFAULTS.requestBudget, revealReason: { mode: 'off' } });
    expect(Object.values(resolveSettings(options).secrets).every((s) => !s.enabled)).toBe(true);
    // The screen follows the computer's language, and a secret may be read out in every language the kiosk speaks.
    expect(resolveSettings(options).languages).toEqual({ screen: null, visitor: ['en', 'de', 'fr', 'es'] });
  });
});

describe("the tenant's defaults", () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await listenOnLoopback(createDemoGraph().handle);
  });
  afterAll(() => server.close());

  async function info(tenant: KioskTenant, extra: object = {}): Promise<AppInfo> {
    const core = createKioskCore({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-settings-')), tenant, fetch: nodeFetch, signInFetch: nodeFetch, log: () => {}, ...extra });
    try {
      const answer = await core.invoke('app:info', {});
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value;
    } finally {
      await core.dispose();
    }
  }

  it('turn on what the demo shows, from the demo tenant and not from its mode', async () => {
    const demo = demoTenant({ graphUrl: server.url });
    const shown = await info(demo);
    expect(shown.features.remoteLock).toBe(true);
    expect(shown.secrets.map((s) => s.kind)).toEqual(['bitlocker', 'laps', 'androidPasscode', 'activationLock', 'fileVault']);
    expect(shown.revealReason.mode).toBe('optional');
    // The same tenant without its defaults is a tenant like any other: nothing is on because it says "demo".
    const bare = await info({ ...demo, defaults: undefined });
    expect([bare.mode, bare.features.remoteLock, bare.secrets, bare.revealReason.mode]).toEqual(['demo', false, [], 'off']);
  });

  it("give way to the admin's settings, kind by kind", async () => {
    const shown = await info(demoTenant({ graphUrl: server.url }), { features: { remoteLock: false }, secrets: { laps: { enabled: false } } });
    expect(shown.features.remoteLock).toBe(false);
    expect(shown.secrets.map((s) => s.kind)).toEqual(['bitlocker', 'androidPasscode', 'activationLock', 'fileVault']);
  });

  it("tell the screen its languages: the admin's, else the computer's and every one the kiosk speaks", async () => {
    const tenant = demoTenant({ graphUrl: server.url });
    expect((await info(tenant)).languages).toEqual({ screen: null, visitor: ['en', 'de', 'fr', 'es'] });
    const fixed = await info(tenant, { languages: coreOptionsFromConfig(config({ languages: { screen: 'de', visitor: ['fr'] } })).languages });
    expect(fixed.languages).toEqual({ screen: 'de', visitor: ['fr'] });
  });
});
