// A reason for every reveal, where the admin asks for one (config revealReason), as BitLocker help-desk portals ask.
import type { ReasonMode } from '../contract';
import { KioskFailure } from '../errors';

export interface ReasonPolicy {
  mode: ReasonMode;
  /** The admin's reasons; empty lets the technician type one. */
  choices: readonly string[];
}

/**
 * The reason to record, or a refusal when the policy is not met. A reason given is recorded whatever the mode: with the
 * mode off the kiosk asks for none, but one that comes is what the technician said, and the trail keeps it.
 */
export function checkReason(reason: string | undefined, policy: ReasonPolicy): string | undefined {
  if (policy.mode === 'off') return reason;
  if (reason === undefined) {
    if (policy.mode === 'required') throw new KioskFailure('invalid_request', { id: 'reasonRequired' });
    return undefined;
  }
  if (policy.choices.length > 0 && !policy.choices.includes(reason)) {
    throw new KioskFailure('invalid_request', { id: 'reasonNotListed' });
  }
  return reason;
}
