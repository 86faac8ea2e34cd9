// Broken sign-in settings in the config file are refused with the field named, before any sign-in is tried.
import { describe, expect, it } from 'vitest';
import { parseKioskConfig } from '../../electron/core/config';

const valid = { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', clientId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' };
const errorOf = (fields: Record<string, unknown>) => {
  const result = parseKioskConfig(JSON.stringify({ ...valid, ...fields }), 'config.json');
  return result.ok ? '' : result.message;
};

describe('sign-in settings in the config file', () => {
  it.each([
    [{ tenantId: 42 }, 'tenantId'],
    [{ clientId: 'kiosk-app' }, 'clientId'],
    [{ authority: 'http://login.microsoftonline.com/contoso.onmicrosoft.com' }, 'authority'],
    [{ shiftHours: 0 }, 'shiftHours'],
    [{ signOutIdleMinutes: '30' }, 'signOutIdleMinutes'],
    [{ allowPlaintextTokenCache: 'yes' }, 'allowPlaintextTokenCache'],
    [{ allowPlainTextTokenCache: true }, 'allowPlaintextTokenCache'],
  ])('%o names %s', (fields, field) => {
    expect(errorOf(fields)).toContain(`"${field}"`);
  });

  it('fills in the sign-in defaults', () => {
    const result = parseKioskConfig(JSON.stringify(valid), 'config.json');
    expect(result).toMatchObject({
      ok: true,
      config: { authority: `https://login.microsoftonline.com/${valid.tenantId}`, shiftHours: 12, signOutIdleMinutes: 30, allowPlaintextTokenCache: false },
    });
  });
});
