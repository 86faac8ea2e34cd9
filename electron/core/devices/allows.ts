// What a device allows at the counter, and what its latest remote lock means there. The renderer shows these
// answers and never re-derives a platform rule.
import type { DeviceAction, DeviceAllows, DeviceDetails, DeviceRecord, LockOutcome, LockOutcomeKind, RemoteLockStatus } from '../contract';
import { DAY_MS, LOCK_NO_PROGRESS_DAYS, PIN_LIFETIME } from '../microsoft';

/** Platforms where Intune's remote lock applies (Windows answers 400). */
const LOCKABLE = new Set(['macos', 'ios', 'ipados', 'android']);

export function deviceAllows(operatingSystem: string): DeviceAllows {
  const os = operatingSystem.trim().toLowerCase();
  // Only a Mac's lock screen asks for Intune's six-digit PIN; iOS, iPadOS and Android locks have none.
  return { remoteLock: LOCKABLE.has(os), lockScreenPin: os === 'macos' };
}

/** The record with the core's answers added: what the device allows and its lock's outcome. */
export function withAllowances(record: DeviceRecord, now: Date): DeviceDetails {
  const allows = deviceAllows(record.device.operatingSystem);
  return { ...record, allows, lockOutcome: record.remoteLock && lockOutcome(record.remoteLock, record.otherActions, allows, now) };
}

export function lockOutcome(lock: RemoteLockStatus, otherActions: DeviceAction[], allows: DeviceAllows, now: Date): LockOutcome {
  const sent = Date.parse(lock.startDateTime ?? lock.lastUpdatedDateTime ?? '');
  const daysSinceSent = Number.isNaN(sent) ? null : Math.max(0, Math.floor((now.getTime() - sent) / DAY_MS));
  const pinOffered = allows.lockScreenPin && lock.hasPin && lock.state !== 'canceled';
  return {
    kind: outcomeKind(lock, allows, daysSinceSent),
    daysSinceSent,
    pinOffered,
    pinStaleAfter: pinOffered && !Number.isNaN(sent) ? new Date(sent + PIN_LIFETIME.reliableDays * DAY_MS).toISOString() : null,
    laterAction: laterAction(sent, otherActions),
  };
}

function outcomeKind(lock: RemoteLockStatus, allows: DeviceAllows, days: number | null): LockOutcomeKind {
  switch (lock.state) {
    case 'done':
      return allows.lockScreenPin && !lock.hasPin ? 'pinGone' : 'locked';
    case 'active':
      return 'locking';
    case 'pending':
    case 'none':
      return days !== null && days >= LOCK_NO_PROGRESS_DAYS ? 'noProgress' : 'waiting';
    case 'canceled':
    case 'failed':
    case 'notSupported':
    case 'unknown':
      return lock.state;
  }
}

/** The newest action started after the lock (Intune's overview keeps a PIN only "until another device action is sent"). */
function laterAction(lockSent: number, otherActions: DeviceAction[]): DeviceAction | null {
  if (Number.isNaN(lockSent)) return null;
  const started = (a: DeviceAction) => Date.parse(a.startDateTime ?? a.lastUpdatedDateTime ?? '');
  const later = otherActions.filter((a) => started(a) > lockSent).sort((a, b) => started(b) - started(a));
  return later[0] ?? null;
}
