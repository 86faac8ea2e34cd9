import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONFIG_ENV_VAR,
  coreOptionsFromConfig,
  defaultConfigPath,
  kioskConfigJsonSchema,
  loadKioskConfig,
  parseKioskConfig,
  type KioskConfigFile,
} from '../../electron/core/config';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const minimal: KioskConfigFile = { tenantId: TENANT, clientId: CLIENT };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-config-'));
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, content);
  return p;
}

function parse(data: unknown) {
  return parseKioskConfig(JSON.stringify(data), 'config.json');
}

function errorOf(data: unknown): string {
  const result = parse(data);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.message;
}

describe('defaultConfigPath', () => {
  it('is the documented machine-wide path on each OS', () => {
    expect(defaultConfigPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\UnlockPinKiosk\\config.json');
    expect(defaultConfigPath('win32', {})).toBe('C:\\ProgramData\\UnlockPinKiosk\\config.json');
    expect(defaultConfigPath('darwin')).toBe('/Library/Application Support/UnlockPinKiosk/config.json');
    expect(defaultConfigPath('linux')).toBe('/etc/unlock-pin-kiosk/config.json');
  });
});

describe('parseKioskConfig', () => {
  it('fills in defaults for a minimal file', () => {
    expect(parse(minimal)).toEqual({
      ok: true,
      config: {
        tenantId: TENANT,
        clientId: CLIENT,
        authority: `https://login.microsoftonline.com/${TENANT}`,
        graphBaseUrl: 'https://graph.microsoft.com/v1.0',
        remoteLock: false,
        kiosk: false,
        signIn: { federationHosts: [], macBroker: false },
        idleResetSeconds: 180,
        pinVisibleSeconds: 60,
        recoveryKeyVisibleSeconds: 180,
        shiftHours: 12,
        signOutIdleMinutes: 30,
        pinReadAloud: true,
        allowPlaintextTokenCache: false,
        requestBudget: 100,
        secrets: {
          bitlocker: { enabled: false, readAloud: false, offline: false, rotate: false },
          laps: { enabled: false, readAloud: false, offline: false },
          androidPasscode: { enabled: false, readAloud: true, offline: true },
          activationLock: { enabled: false, readAloud: false, offline: false },
          fileVault: { enabled: false, readAloud: false, offline: false, rotate: false },
        },
        revealReason: { mode: 'off', choices: [] },
        languages: { visitor: ['en', 'de', 'fr', 'es'] },
      },
    });
  });

  it('keeps every field of a full file and trims trailing slashes from URLs', () => {
    const result = parse({
      $schema: './config.schema.json',
      tenantId: 'contoso.onmicrosoft.com',
      clientId: CLIENT.toUpperCase(),
      tenantName: '  Contoso IT  ',
      authority: 'https://login.microsoftonline.us/contoso.onmicrosoft.com/',
      graphBaseUrl: 'https://graph.microsoft.us/v1.0/',
      remoteLock: true,
      kiosk: true,
      signIn: { methods: ['broker', 'window', 'deviceCode'], federationHosts: ['adfs.contoso.com'], macBroker: true },
      idleResetSeconds: 90,
      pinVisibleSeconds: 30,
      recoveryKeyVisibleSeconds: 300,
      shiftHours: 8.5,
      signOutIdleMinutes: 15,
      pinReadAloud: false,
      allowPlaintextTokenCache: true,
      requestBudget: 40,
      secrets: { bitlocker: { enabled: true }, laps: { enabled: true, offline: true } },
      revealReason: { mode: 'required', choices: [' Locked out ', 'Forgot password'] },
      languages: { screen: 'de', visitor: ['fr', 'es'] },
    });
    expect(result).toEqual({
      ok: true,
      config: {
        tenantId: 'contoso.onmicrosoft.com',
        clientId: CLIENT.toUpperCase(),
        tenantName: 'Contoso IT',
        authority: 'https://login.microsoftonline.us/contoso.onmicrosoft.com',
        graphBaseUrl: 'https://graph.microsoft.us/v1.0',
        remoteLock: true,
        kiosk: true,
        signIn: { methods: ['broker', 'window', 'deviceCode'], federationHosts: ['adfs.contoso.com'], macBroker: true },
        idleResetSeconds: 90,
        pinVisibleSeconds: 30,
        recoveryKeyVisibleSeconds: 300,
        shiftHours: 8.5,
        signOutIdleMinutes: 15,
        pinReadAloud: false,
        allowPlaintextTokenCache: true,
        requestBudget: 40,
        secrets: {
          bitlocker: { enabled: true, readAloud: false, offline: false, rotate: false },
          laps: { enabled: true, readAloud: false, offline: true },
          androidPasscode: { enabled: false, readAloud: true, offline: true },
          activationLock: { enabled: false, readAloud: false, offline: false },
          fileVault: { enabled: false, readAloud: false, offline: false, rotate: false },
        },
        revealReason: { mode: 'required', choices: ['Locked out', 'Forgot password'] },
        languages: { screen: 'de', visitor: ['fr', 'es'] },
      },
    });
  });

  it('allows plain http for Graph only on a loopback host', () => {
    for (const url of ['http://127.0.0.1:8080/v1.0', 'http://localhost:3000/v1.0', 'http://[::1]:9/v1.0']) {
      expect(parse({ ...minimal, graphBaseUrl: url }).ok, url).toBe(true);
    }
    for (const url of ['http://graph.contoso.com/v1.0', 'http://10.0.0.5/v1.0', 'ftp://127.0.0.1/', 'graph.microsoft.com', 'https://graph.microsoft.com/v1.0?x=1']) {
      expect(errorOf({ ...minimal, graphBaseUrl: url }), url).toMatch(/"graphBaseUrl" must be an https:\/\/ URL.*Remove the field/s);
    }
  });

  it('requires https for the sign-in authority, even on loopback', () => {
    expect(errorOf({ ...minimal, authority: 'http://127.0.0.1/common' })).toMatch(/"authority" must be an https:\/\/ URL/);
    expect(errorOf({ ...minimal, authority: 'http://login.microsoftonline.com/contoso.onmicrosoft.com' })).toMatch(/"authority" must be an https:\/\/ URL/);
  });

  // Broken sign-in settings are refused with the field named, before any sign-in is tried.
  it.each([
    [{ tenantId: 42 }, 'tenantId'],
    [{ signOutIdleMinutes: '30' }, 'signOutIdleMinutes'],
    [{ allowPlaintextTokenCache: 'yes' }, 'allowPlaintextTokenCache'],
    [{ allowPlainTextTokenCache: true }, 'allowPlaintextTokenCache'],
  ])('names the sign-in setting in %o', (fields, field) => {
    expect(errorOf({ ...minimal, ...fields })).toContain(`"${field}"`);
  });

  it('turns key rotation on per kind, for BitLocker and FileVault, and hands it to the core', () => {
    const result = parse({ ...minimal, secrets: { bitlocker: { enabled: true, rotate: true }, fileVault: { enabled: true } } });
    expect(result.ok && [result.config.secrets.bitlocker.rotate, result.config.secrets.fileVault.rotate]).toEqual([true, false]);
    expect(result.ok && coreOptionsFromConfig(result.config).secrets?.bitlocker).toEqual({ enabled: true, readAloud: false, offline: false, rotate: true });
  });

  it('fixes the screen language and the languages offered for the person, and hands them to the core', () => {
    const result = parse({ ...minimal, languages: { screen: 'fr', visitor: [] } });
    expect(result.ok && coreOptionsFromConfig(result.config).languages).toEqual({ screen: 'fr', visitor: [] });
  });

  it('names a language the kiosk does not speak, a repeated one, and how to write them', () => {
    expect(errorOf({ ...minimal, languages: { screen: 'it' } })).toMatch(/"languages\.screen" must be one of "en", "de", "fr", "es"\. Write an object such as/);
    expect(errorOf({ ...minimal, languages: { screen: 'de-DE' } })).toMatch(/"languages\.screen" must be one of "en", "de", "fr", "es"/);
    expect(errorOf({ ...minimal, languages: { visitor: ['fr', 'nl'] } })).toMatch(/"languages\.visitor\.1" must be one of "en", "de", "fr", "es"/);
    expect(errorOf({ ...minimal, languages: { visitor: ['fr', 'fr'] } })).toMatch(/"languages\.visitor" must name each language once/);
    expect(errorOf({ ...minimal, languages: { visitor: 'fr' } })).toMatch(/"languages\.visitor" must be a list of language codes/);
    expect(errorOf({ ...minimal, languages: { visitors: ['fr'] } })).toMatch(/"languages\.visitors" is not a known field\. Write an object such as \{ "screen": "de"/);
  });

  it('names each missing required field and where to find its value', () => {
    const message = errorOf({});
    expect(message).toMatch(/"tenantId" is required\. Copy "Directory \(tenant\) ID"/);
    expect(message).toMatch(/"clientId" is required\. Copy "Application \(client\) ID"/);
  });

  it('names a wrong secret kind or reason setting and how to write it', () => {
    expect(errorOf({ ...minimal, secrets: { bitlocker: { enabled: 'yes' } } })).toMatch(/"secrets\.bitlocker\.enabled" must be true or false\. Write an object/);
    expect(errorOf({ ...minimal, secrets: { bitlockr: { enabled: true } } })).toMatch(/"secrets\.bitlockr" is not a known field\. Write an object/);
    // Intune rotates BitLocker and FileVault keys only: the other kinds take no rotate.
    expect(errorOf({ ...minimal, secrets: { laps: { rotate: true } } })).toMatch(/"secrets\.laps\.rotate" is not a known field\. .*bitlocker and fileVault also rotate/);
    expect(errorOf({ ...minimal, secrets: { fileVault: { rotate: 'yes' } } })).toMatch(/"secrets\.fileVault\.rotate" must be true or false/);
    expect(errorOf({ ...minimal, revealReason: { mode: 'always' } })).toMatch(/"revealReason\.mode" must be "off", "optional" or "required"/);
    expect(errorOf({ ...minimal, revealReason: { mode: 'required', choices: [''] } })).toMatch(/"revealReason\.choices\.0" must not be empty/);
  });

  it('names a field of the wrong type and says how to write it', () => {
    expect(errorOf({ ...minimal, remoteLock: 'yes' })).toMatch(/"remoteLock" must be true or false\. Write true or false without quotes/);
    expect(errorOf({ ...minimal, clientId: 42 })).toMatch(/"clientId" must be text in double quotes/);
    expect(errorOf({ ...minimal, clientId: 'my-app' })).toMatch(/"clientId" must be a GUID/);
    expect(errorOf({ ...minimal, tenantId: 'contoso' })).toMatch(/"tenantId" must be the Directory \(tenant\) ID/);
  });

  it('names a number out of range with its bounds and default', () => {
    expect(errorOf({ ...minimal, idleResetSeconds: 5 })).toMatch(/"idleResetSeconds" must be a whole number of seconds from 15 to 3600\..*default of 180/);
    expect(errorOf({ ...minimal, pinVisibleSeconds: 2.5 })).toMatch(/"pinVisibleSeconds" must be a whole number of seconds from 5 to 600/);
    expect(errorOf({ ...minimal, recoveryKeyVisibleSeconds: 1000 })).toMatch(/"recoveryKeyVisibleSeconds" must be a whole number of seconds from 5 to 900/);
    expect(errorOf({ ...minimal, shiftHours: 30 })).toMatch(/"shiftHours" must be a number of hours from 1 to 24\..*default of 12/);
    expect(errorOf({ ...minimal, signOutIdleMinutes: 0 })).toMatch(/"signOutIdleMinutes" must be a whole number of minutes from 1 to 480/);
    expect(errorOf({ ...minimal, requestBudget: 5000 })).toMatch(/"requestBudget" must be a whole number from 1 to 2000/);
    expect(errorOf({ ...minimal, requestBudget: '100' })).toMatch(/"requestBudget" must be a whole number from 1 to 2000\. Write a number without quotes/);
  });

  it('refuses unknown fields, suggesting the right spelling of a miscased one', () => {
    const message = errorOf({ ...minimal, TenantName: 'x', remotelock: true, colour: 'red' });
    expect(message).toMatch(/"TenantName" is not a known field\. Did you mean "tenantName"\?/);
    expect(message).toMatch(/"remotelock" is not a known field\. Did you mean "remoteLock"\?/);
    expect(message).toMatch(/"colour" is not a known field\. Remove it; the known fields are tenantId, clientId/);
  });

  it('refuses a file that is not one JSON object', () => {
    expect(errorOf([minimal])).toMatch(/must hold one JSON object/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const result = parseKioskConfig('{\n  "tenantId": "x",\n  "clientId": "y",\n}\n', 'config.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/config\.json is not valid JSON \(line 4, column 1: .*\)\. Check quotes and commas/);
  });
});

describe('loadKioskConfig', () => {
  const base = { argv: [] as string[], env: {}, platform: 'linux' as const };

  it('runs the demo (config null) when there is no file at the default path', () => {
    const result = loadKioskConfig({ ...base, platform: 'win32', env: { ProgramData: path.join(dir, 'nowhere') } });
    expect(result).toEqual({ ok: true, config: null, path: path.win32.join(dir, 'nowhere', 'UnlockPinKiosk', 'config.json'), source: 'default' });
  });

  it('reads the file named by --config, in both spellings, before the environment variable', async () => {
    const fromArg = await file('arg.json', JSON.stringify({ ...minimal, tenantName: 'From argument' }));
    const fromEnv = await file('env.json', JSON.stringify({ ...minimal, tenantName: 'From environment' }));
    const env = { [CONFIG_ENV_VAR]: fromEnv };
    for (const argv of [['/opt/kiosk/kiosk', '--config', fromArg], ['/opt/kiosk/kiosk', `--config=${fromArg}`]]) {
      const result = loadKioskConfig({ ...base, argv, env });
      expect(result).toMatchObject({ ok: true, source: 'argument', path: fromArg, config: { tenantName: 'From argument' } });
    }
    expect(loadKioskConfig({ ...base, env })).toMatchObject({ ok: true, source: 'environment', config: { tenantName: 'From environment' } });
  });

  it('refuses a named file that does not exist instead of falling back to the demo', () => {
    const missing = path.join(dir, 'missing.json');
    const byArg = loadKioskConfig({ ...base, argv: ['--config', missing] });
    expect(byArg).toMatchObject({ ok: false, source: 'argument' });
    if (!byArg.ok) expect(byArg.message).toMatch(/missing\.json \(named by --config\) does not exist\. Correct the path/);
    const byEnv = loadKioskConfig({ ...base, env: { [CONFIG_ENV_VAR]: missing } });
    if (!byEnv.ok) expect(byEnv.message).toMatch(new RegExp(`named by ${CONFIG_ENV_VAR}`));
    expect(byEnv.ok).toBe(false);
  });

  it('says what --config lacks when no path follows it', () => {
    const result = loadKioskConfig({ ...base, argv: ['--config'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/--config needs a file path after it/);
  });

  it('says a folder is not the file', () => {
    const result = loadKioskConfig({ ...base, argv: ['--config', dir] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/is a folder; the config must be a file named config\.json/);
  });

  it('reads files written by Windows tools: UTF-8 with a byte-order mark and UTF-16', async () => {
    const json = JSON.stringify(minimal);
    const utf8 = await file('bom8.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    const utf16 = await file('bom16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    for (const p of [utf8, utf16]) expect(loadKioskConfig({ ...base, argv: ['--config', p] })).toMatchObject({ ok: true, config: { clientId: CLIENT } });
  });

  it('puts the file path in front of a validation error', async () => {
    const p = await file('bad.json', JSON.stringify({ ...minimal, kiosk: 'on' }));
    const result = loadKioskConfig({ ...base, argv: ['--config', p] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(`${p}:\n"kiosk" must be true or false. Write true or false without quotes, or remove the field for the default of false.`);
  });
});

describe('build/config.schema.json', () => {
  it('is up to date with the zod schema (regenerate with `npm run config:schema`)', async () => {
    const committed = JSON.parse(await readFile(new URL('../../build/config.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(kioskConfigJsonSchema());
  });

  it('describes every field, marks tenantId and clientId required and forbids unknown fields', () => {
    const schema = kioskConfigJsonSchema() as { properties: Record<string, { description?: string }>; required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(['tenantId', 'clientId']);
    expect(schema.additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema.properties)) expect(property.description, name).toBeTruthy();
  });
});

describe('documented examples', () => {
  it('every config in docs/deploy.md and build/config.example.json is valid', async () => {
    const docs = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const examples = [
      ...[...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!),
      ...[...docs.matchAll(/<<'JSON'\n([\s\S]*?)\nJSON\n/g)].map((m) => m[1]!),
      await readFile(new URL('../../build/config.example.json', import.meta.url), 'utf8'),
    ];
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const text of examples) expect(parseKioskConfig(text, 'example').ok, text).toBe(true);
  });

  it('docs/deploy.md lists every field of the schema', async () => {
    const docs = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const fields = Object.keys((kioskConfigJsonSchema() as { properties: object }).properties);
    expect(fields.filter((f) => !docs.includes(`| \`${f}\``))).toEqual([]);
  });
});
