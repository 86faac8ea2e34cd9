import type { DeviceDetails, SecretOffer } from '../../../electron/core/contract';

/** The one thing the technician should do first for this device, shown at the top of its action column. */
export type NextStep = { kind: 'pin' } | { kind: 'secret'; offer: SecretOffer } | { kind: 'ownPasscode' } | { kind: 'none' };

/**
 * Chosen from what the core says the device allows and holds: a Mac's PIN, then the passcode a reset Android got,
 * then a Windows PC's BitLocker key, then (a lock whose screen takes no PIN) the device's own passcode, then any secret.
 */
export function nextStep(details: DeviceDetails): NextStep {
  const outcome = details.lockOutcome;
  if (outcome?.pinOffered) return { kind: 'pin' };
  const offers = details.secrets ?? [];
  const offer = offers.find((o) => o.kind === 'androidPasscode') ?? offers.find((o) => o.kind === 'bitlocker');
  if (offer) return { kind: 'secret', offer };
  if (outcome && !details.allows.lockScreenPin && (outcome.kind === 'locked' || outcome.kind === 'locking')) return { kind: 'ownPasscode' };
  return offers[0] ? { kind: 'secret', offer: offers[0] } : { kind: 'none' };
}
