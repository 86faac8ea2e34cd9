// Wraps the channel handlers so each action a technician takes is recorded once, with its outcome; a reveal also once
// before it starts. Invalid requests never reach a handler, so they are never recorded (the router answers them first).
import os from 'node:os';
import type { LastReveal } from '../contract';
import { KioskFailure, toKioskError } from '../errors';
import type { Handlers } from '../router';
import type { AuditAction, AuditRecord, AuditTrail } from './trail';

export interface AuditContext {
  trail: AuditTrail;
  /** Who is at the counter: the signed-in technician's username, or a stand-in when nobody is. */
  technician: () => Promise<string>;
  appVersion: string;
  now: () => Date;
  log: (line: string) => void;
  computer?: string;
}

const NAMES_REMEMBERED = 500;

type RevealAction = 'pin-reveal' | 'secret-reveal';

// Sign-outs the kiosk makes by itself (shift over, idle) do not pass through a channel; see docs/audit.md.
// `devices:lockStates` is not recorded either: the kiosk asks it by itself for the rows of a search already recorded,
// it reveals no secret, and a device-view record for every row would name devices the technician never chose.
export function withAudit(handlers: Handlers, context: AuditContext): Handlers {
  const computer = context.computer ?? os.hostname();
  // A reveal or a lock answer carries only the id; the name comes from the view that preceded it.
  const names = new Map<string, string>();
  const remember = (id: string, name: string) => {
    names.delete(id);
    names.set(id, name);
    if (names.size > NAMES_REMEMBERED) names.delete(names.keys().next().value!);
  };

  const record = async (action: AuditAction, fields: Partial<AuditRecord>): Promise<AuditRecord> => {
    const entry: AuditRecord = {
      time: context.now().toISOString(),
      technician: await context.technician(),
      computer,
      appVersion: context.appVersion,
      action,
      outcome: 'success',
      ...fields,
    };
    if (entry.deviceId && entry.deviceName === undefined) entry.deviceName = names.get(entry.deviceId);
    context.trail.append(entry);
    return entry;
  };
  const recordQuietly = async (action: AuditAction, fields: Partial<AuditRecord>) => {
    try {
      await record(action, fields);
    } catch (err) {
      context.log(`audit: could not record ${action} (${err instanceof Error ? err.name : typeof err})`);
    }
  };

  async function audited<T>(action: AuditAction, deviceId: string | undefined, run: () => Promise<T>, fields: Partial<AuditRecord> = {}): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const { code, refusal } = toKioskError(err);
      const entraCode = refusal?.entraCode ?? undefined;
      // A search replaced by the next scan was not an action of its own.
      if (code !== 'canceled') await recordQuietly(action, { ...fields, outcome: 'failure', error: code, deviceId, ...(entraCode !== undefined && { entraCode }) });
      throw err;
    }
  }

  // No record, no secret: the trail is the only account of who saw it.
  const recordReveal = async (action: RevealAction, fields: Partial<AuditRecord>): Promise<AuditRecord> => {
    try {
      return await record(action, fields);
    } catch (err) {
      context.log(`audit: could not record ${action} (${err instanceof Error ? err.name : typeof err}); ${action === 'pin-reveal' ? 'PIN' : 'secret'} withheld`);
      throw new KioskFailure('internal', { id: 'revealNotRecorded' });
    }
  };

  // Recorded before the kiosk asks Graph for the secret (outcome "unknown"), then with how it ended. Entra ID records
  // every BitLocker key and LAPS password read: a read the trail cannot hold is never made, and one whose answer never
  // reaches the screen (a failure after Graph answered, a disk full before the second record) still has its record.
  async function revealed<T extends { id: string }>(action: RevealAction, deviceId: string, fields: Partial<AuditRecord>, run: () => Promise<T>): Promise<{ answer: T; entry: AuditRecord }> {
    await recordReveal(action, { ...fields, deviceId, outcome: 'unknown' });
    const answer = await audited(action, deviceId, run, fields);
    const entry = await recordReveal(action, { ...fields, deviceId: answer.id });
    return { answer, entry };
  }

  const lastReveal = async (deviceId: string): Promise<LastReveal | null> => {
    const found = context.trail.lastReveal(deviceId);
    return found && { at: found.at, technician: found.technician, byYou: found.technician === (await context.technician()) };
  };

  return {
    ...handlers,
    'devices:search': async (request) => {
      const answer = await audited('search', undefined, () => handlers['devices:search'](request));
      for (const device of answer.devices) remember(device.id, device.deviceName);
      const [only] = answer.devices.length === 1 ? answer.devices : [];
      await recordQuietly('search', { matches: answer.devices.length, deviceId: only?.id, deviceName: only?.deviceName });
      return answer;
    },
    'devices:get': async (request) => {
      const answer = await audited('device-view', request.id, () => handlers['devices:get'](request));
      remember(answer.device.id, answer.device.deviceName);
      await recordQuietly('device-view', { deviceId: answer.device.id, deviceName: answer.device.deviceName });
      return { ...answer, lastReveal: await lastReveal(answer.device.id) };
    },
    'pin:reveal': async (request) => {
      const { answer, entry } = await revealed('pin-reveal', request.id, { reason: request.reason }, () => handlers['pin:reveal'](request));
      return { ...answer, lastReveal: { at: entry.time, technician: entry.technician, byYou: true } };
    },
    'secrets:reveal': async (request) => {
      const fields = { secretKind: request.kind, keyId: request.keyId?.toLowerCase(), reason: request.reason };
      const { answer, entry } = await revealed('secret-reveal', request.id, fields, () => handlers['secrets:reveal'](request));
      return { ...answer, lastReveal: { at: entry.time, technician: entry.technician, byYou: true } };
    },
    'devices:remoteLock': async (request) => {
      const answer = await audited('remote-lock', request.id, () => handlers['devices:remoteLock'](request));
      await recordQuietly('remote-lock', { deviceId: answer.id });
      return answer;
    },
    'secrets:rotate': async (request) => {
      const fields = { secretKind: request.kind };
      const answer = await audited('key-rotation', request.id, () => handlers['secrets:rotate'](request), fields);
      await recordQuietly('key-rotation', { ...fields, deviceId: answer.id });
      return answer;
    },
    'auth:signIn': async (request) => {
      const method = { signInMethod: request.method };
      const answer = await audited('sign-in', undefined, () => handlers['auth:signIn'](request), method);
      await recordQuietly('sign-in', answer.state === 'signedIn' ? method : { ...method, outcome: 'failure' });
      return answer;
    },
    'auth:signOut': async (request) => {
      // Named before the session ends: afterwards nobody is signed in.
      const technician = await context.technician();
      const answer = await audited('sign-out', undefined, () => handlers['auth:signOut'](request));
      await recordQuietly('sign-out', { technician });
      return answer;
    },
  };
}
