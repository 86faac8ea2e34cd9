// Reads the Graph answers that carry secrets, tolerantly: fields may be missing or null, lists may come in any order.
import type * as Graph from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import type { GraphShape } from '../graph/schema';
import { BITLOCKER_VOLUME_TYPES, type BitLockerKeyInfo } from '../contract';
import { date, text } from '../devices/graph-device';
import { KioskFailure } from '../errors';

/** The managedDevice fields the secrets need; asked for in the same GET by id as the device itself. */
const DeviceFacts = z.object({
  azureADDeviceId: text,
  isEncrypted: z.boolean().nullish().catch(null),
  activationLockBypassCode: text,
  deviceActionResults: z.array(z.unknown()).nullish().catch(null),
} satisfies GraphShape<Graph.ManagedDevice>);
export type DeviceFacts = { azureADDeviceId: string; isEncrypted: boolean; activationLockBypassCode: string; passcode: PasscodeResult | null };

export interface PasscodeResult {
  passcode: string;
  lastUpdatedDateTime: string | null;
}

const Action = z.object({
  '@odata.type': text,
  actionName: text,
  actionState: text,
  lastUpdatedDateTime: date,
  passcode: text,
} satisfies GraphShape<Graph.ResetPasscodeActionResult>);

export function readDeviceFacts(body: unknown): DeviceFacts {
  const parsed = DeviceFacts.safeParse(body);
  const facts = parsed.success ? parsed.data : { azureADDeviceId: '', isEncrypted: null, activationLockBypassCode: '', deviceActionResults: null };
  return {
    azureADDeviceId: facts.azureADDeviceId.trim(),
    isEncrypted: facts.isEncrypted === true,
    activationLockBypassCode: facts.activationLockBypassCode.trim(),
    passcode: latestPasscode(facts.deviceActionResults ?? []),
  };
}

/** The newest finished passcode reset that still shows its passcode (`resetPasscodeActionResult.passcode`). */
function latestPasscode(results: unknown[]): PasscodeResult | null {
  let best: PasscodeResult | null = null;
  for (const entry of results) {
    const a = Action.safeParse(entry);
    if (!a.success) continue;
    const isReset = a.data['@odata.type'].toLowerCase() === '#microsoft.graph.resetpasscodeactionresult' || a.data.actionName.toLowerCase() === 'resetpasscode';
    const passcode = a.data.passcode.trim();
    if (!isReset || passcode === '' || (a.data.actionState !== 'done' && a.data.actionState !== '')) continue;
    if (!best || Date.parse(a.data.lastUpdatedDateTime ?? '') > Date.parse(best.lastUpdatedDateTime ?? '')) {
      best = { passcode, lastUpdatedDateTime: a.data.lastUpdatedDateTime };
    }
  }
  return best;
}

const KeyInfo = z.object({
  id: z.string().min(1),
  volumeType: z.union([z.string(), z.number()]).nullish().catch(null),
  createdDateTime: date,
} satisfies GraphShape<Graph.BitlockerRecoveryKey>);

// The docs show volumeType as "1"; the enum's names (operatingSystemVolume, …) are accepted too.
const VOLUME_BY_NUMBER: Record<string, BitLockerKeyInfo['volumeType']> = {
  '1': 'operatingSystemVolume',
  '2': 'fixedDataVolume',
  '3': 'removableDataVolume',
};

function volumeType(raw: string | number | null | undefined): BitLockerKeyInfo['volumeType'] {
  const value = String(raw ?? '');
  const named = BITLOCKER_VOLUME_TYPES.find((t) => t.toLowerCase() === value.toLowerCase());
  return named ?? VOLUME_BY_NUMBER[value] ?? 'unknown';
}

/** A device's recovery keys, newest first. */
export function readKeyList(body: unknown): { keys: BitLockerKeyInfo[]; nextLink: string | undefined } {
  const page = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional().catch(undefined) }).safeParse(body);
  if (!page.success) throw new KioskFailure('graph_error', { id: 'unreadable', what: 'bitlockerList' });
  const keys: BitLockerKeyInfo[] = [];
  for (const entry of page.data.value) {
    const k = KeyInfo.safeParse(entry);
    if (k.success) keys.push({ id: k.data.id.toLowerCase(), volumeType: volumeType(k.data.volumeType), createdDateTime: k.data.createdDateTime });
  }
  return { keys, nextLink: page.data['@odata.nextLink'] || undefined };
}

export function newestFirst<T extends { createdDateTime: string | null }>(items: T[]): T[] {
  return [...items].sort((a, b) => (Date.parse(b.createdDateTime ?? '') || 0) - (Date.parse(a.createdDateTime ?? '') || 0));
}

/** The 48-digit recovery password in 8 blocks of 6, as the recovery screen asks for it. */
const RECOVERY_PASSWORD = /^\d{6}(-\d{6}){7}$/;

/**
 * Each block of a real recovery password is a multiple of 11 below 720,896 (2^16 × 11): a block carries 16 bits of
 * the key times 11, which is how the recovery screen spots a mistyped block. A key that fails this cannot unlock the
 * drive, so the kiosk says so instead of showing 48 digits the person would type in vain.
 */
export function recoveryBlockIsValid(block: string): boolean {
  const n = Number(block);
  return /^\d{6}$/.test(block) && n % 11 === 0 && n < 720_896;
}

export function readRecoveryKey(body: unknown): string {
  const key = z.object({ key: z.string() } satisfies GraphShape<Graph.BitlockerRecoveryKey>).safeParse(body);
  const value = key.success ? key.data.key.trim() : '';
  if (!RECOVERY_PASSWORD.test(value)) {
    throw new KioskFailure('graph_error', { id: 'unreadable', what: 'bitlockerKey' });
  }
  const bad = value.split('-').findIndex((block) => !recoveryBlockIsValid(block));
  if (bad !== -1) {
    throw new KioskFailure('graph_error', { id: 'bitlockerGroupInvalid', group: bad + 1 });
  }
  return value;
}

const Credential = z.object({ accountName: text, backupDateTime: date, passwordBase64: text } satisfies GraphShape<Graph.DeviceLocalCredential>);

export interface LocalAdminPassword {
  account: string;
  password: string;
  backupDateTime: string | null;
}

/** The current LAPS password: the credential with the newest `backupDateTime`, its base64 decoded as UTF-16LE. */
export function readLocalCredentials(body: unknown): LocalAdminPassword | null {
  const parsed = z.object({ credentials: z.array(z.unknown()).nullish().catch(null) } satisfies GraphShape<Graph.DeviceLocalCredentialInfo>).safeParse(body);
  if (!parsed.success) throw new KioskFailure('graph_error', { id: 'unreadable', what: 'lapsPassword' });
  let best: LocalAdminPassword | null = null;
  for (const entry of parsed.data.credentials ?? []) {
    const c = Credential.safeParse(entry);
    if (!c.success || c.data.passwordBase64 === '') continue;
    if (best && (Date.parse(c.data.backupDateTime ?? '') || 0) <= (Date.parse(best.backupDateTime ?? '') || 0)) continue;
    best = { account: c.data.accountName, password: decodeUtf16le(c.data.passwordBase64), backupDateTime: c.data.backupDateTime };
  }
  return best;
}

/** Entra stores LAPS passwords as base64 of their UTF-16LE bytes (deviceLocalCredential.passwordBase64). */
export function decodeUtf16le(base64: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw new KioskFailure('graph_error', { id: 'unreadable', what: 'lapsPassword' });
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 2 !== 0) throw new KioskFailure('graph_error', { id: 'unreadable', what: 'lapsPassword' });
  return bytes.toString('utf16le');
}

export function readMetadataDate(body: unknown, field: 'lastBackupDateTime'): string | null {
  const parsed = z.object({ [field]: date }).safeParse(body);
  return parsed.success ? ((parsed.data as Record<string, string | null>)[field] ?? null) : null;
}

export function readString(body: unknown, field: string): string {
  const parsed = z.object({ [field]: text }).safeParse(body);
  return parsed.success ? ((parsed.data as Record<string, string>)[field] ?? '').trim() : '';
}
