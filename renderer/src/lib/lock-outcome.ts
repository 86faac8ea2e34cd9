import type { ActionState, LockOutcome, RemoteLockStatus } from '../../../electron/core/contract';
import { t } from './i18n';

export type LockTone = 'good' | 'warn' | 'bad' | 'neutral';

const TONE: Partial<Record<LockOutcome['kind'], LockTone>> = {
  locked: 'good',
  failed: 'bad',
  pinGone: 'warn',
  locking: 'warn',
  waiting: 'warn',
  noProgress: 'warn',
  canceled: 'warn',
};

/** The lock's outcome in words with its next step, the same on the device screen and in a match list's row. */
export function outcomeWords(outcome: LockOutcome | null): { word: string; guidance: string } {
  if (!outcome) return t.lock.notSent;
  if (outcome.kind === 'noProgress') {
    const days = outcome.daysSinceSent ?? 0;
    return { word: t.lock.noProgressWord(days), guidance: t.lock.noProgressGuidance(days) };
  }
  return t.lock.outcomes[outcome.kind];
}

export function outcomeTone(outcome: LockOutcome | null): LockTone {
  return (outcome && TONE[outcome.kind]) ?? 'neutral';
}

/** The icon of the lock's state; a Mac locked whose PIN Intune no longer answers is drawn as unknown. */
export function outcomeIcon(outcome: LockOutcome | null, lock: RemoteLockStatus | null): ActionState | 'not-sent' {
  return outcome?.kind === 'pinGone' ? 'unknown' : (lock?.state ?? 'not-sent');
}
