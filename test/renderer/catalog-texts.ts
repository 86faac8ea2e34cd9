// Every text a catalog can put on screen: its strings, what its functions say for a few sample arguments (a string, a
// count of one and of two, nothing, a list), so both branches of a plural or a "next sign-in, if any" count, and each
// message of the contract worded with a sample of the facts it carries.
import type { Message, MessageId, MessageOf } from '../../electron/core/contract';
import { de } from '../../renderer/src/lib/i18n/de';
import { en } from '../../renderer/src/lib/i18n/en';
import { es } from '../../renderer/src/lib/i18n/es';
import { fr } from '../../renderer/src/lib/i18n/fr';

export const CATALOGS = { en, de, fr, es };
type Lang = keyof typeof CATALOGS;

/** One of each message, with the facts the contract says it carries; the compiler keeps the list complete. */
export const MESSAGE_SAMPLES: { [I in MessageId]: MessageOf<I> } = {
  invalidRequest: { id: 'invalidRequest' },
  searchBlank: { id: 'searchBlank' },
  searchTooLong: { id: 'searchTooLong' },
  searchUnseen: { id: 'searchUnseen' },
  deviceIdInvalid: { id: 'deviceIdInvalid' },
  keyIdInvalid: { id: 'keyIdInvalid' },
  keyIdMissing: { id: 'keyIdMissing' },
  keyIdNotBitLocker: { id: 'keyIdNotBitLocker' },
  rotationKindInvalid: { id: 'rotationKindInvalid' },
  reasonBlank: { id: 'reasonBlank' },
  reasonTooLong: { id: 'reasonTooLong' },
  reasonUnseen: { id: 'reasonUnseen' },
  devicesNone: { id: 'devicesNone' },
  devicesTooMany: { id: 'devicesTooMany' },
  devicesRepeated: { id: 'devicesRepeated' },
  graphOffline: { id: 'graphOffline' },
  graphTimeout: { id: 'graphTimeout', seconds: 20 },
  graphBusy: { id: 'graphBusy', seconds: 7 },
  kioskPacing: { id: 'kioskPacing', seconds: 12 },
  graphFailed: { id: 'graphFailed', status: 503 },
  graphLinkOutside: { id: 'graphLinkOutside' },
  unreadable: { id: 'unreadable', what: 'lapsPassword' },
  bitlockerGroupInvalid: { id: 'bitlockerGroupInvalid', group: 3 },
  intuneForbidden: { id: 'intuneForbidden', permissions: ['DeviceManagementManagedDevices.Read.All'] },
  deviceGone: { id: 'deviceGone' },
  differentDevice: { id: 'differentDevice' },
  requestReplaced: { id: 'requestReplaced' },
  pinNotHeld: { id: 'pinNotHeld' },
  pinOffline: { id: 'pinOffline' },
  lockNotSaved: { id: 'lockNotSaved' },
  remoteLockOff: { id: 'remoteLockOff' },
  remoteLockUnsupported: { id: 'remoteLockUnsupported', os: 'Windows' },
  alreadyLocked: { id: 'alreadyLocked', delivered: true },
  secretOff: { id: 'secretOff', kind: 'laps' },
  secretNotForDevice: { id: 'secretNotForDevice', kind: 'fileVault', os: 'Windows' },
  secretNotHeld: { id: 'secretNotHeld', kind: 'androidPasscode' },
  secretOffline: { id: 'secretOffline', kind: 'bitlocker', keptOffline: false },
  secretForbidden: { id: 'secretForbidden', kind: 'bitlocker', permission: 'BitLockerKey.Read.All', roles: ['Helpdesk Administrator'] },
  rotationOff: { id: 'rotationOff', kind: 'fileVault' },
  rotationNotForDevice: { id: 'rotationNotForDevice', kind: 'bitlocker', os: 'macOS' },
  rotationForbidden: { id: 'rotationForbidden', kind: 'bitlocker', permission: 'DeviceManagementManagedDevices.ReadWrite.All', intunePermission: 'Rotate BitLockerKeys' },
  rotationRefused: { id: 'rotationRefused', kind: 'fileVault' },
  reasonRequired: { id: 'reasonRequired' },
  reasonNotListed: { id: 'reasonNotListed' },
  revealNotRecorded: { id: 'revealNotRecorded' },
  notSignedIn: { id: 'notSignedIn' },
  signInEnded: { id: 'signInEnded' },
  signInRefused: { id: 'signInRefused', reason: 'deviceCodeBlocked', tryMethod: 'window' },
  signInCanceled: { id: 'signInCanceled', why: 'windowClosed' },
  signInTimedOut: { id: 'signInTimedOut', method: 'window' },
  deviceCodeExpired: { id: 'deviceCodeExpired' },
  signInNotOffered: { id: 'signInNotOffered', offered: 'broker' },
  signInPageFailed: { id: 'signInPageFailed', tryMethod: 'deviceCode' },
  signInServiceOffline: { id: 'signInServiceOffline' },
  signInUnfinished: { id: 'signInUnfinished', entraCode: 50158 },
  demoNotNeeded: { id: 'demoNotNeeded', tenant: 'Contoso' },
  noConfig: { id: 'noConfig', path: 'C:\\ProgramData\\Unlock PIN Kiosk\\config.json' },
  demoDidNotStart: { id: 'demoDidNotStart' },
  cacheSetAside: { id: 'cacheSetAside' },
  cacheKeychainAway: { id: 'cacheKeychainAway' },
  signInKeychainAway: { id: 'signInKeychainAway' },
  signInsNotKept: { id: 'signInsNotKept', why: 'noKeychain' },
  internal: { id: 'internal' },
  kioskNoAnswer: { id: 'kioskNoAnswer' },
  noBridge: { id: 'noBridge' },
};

/** A message in a catalog's words. */
export function words(lang: Lang, what: Message): string {
  return (CATALOGS[lang].messages[what.id] as (p: Message) => string)(what);
}

/** Everything the catalog of `lang` can put on screen. */
export function catalogWords(lang: Lang): string[] {
  const { messages: _worded, ...rest } = CATALOGS[lang];
  return [...catalogTexts(rest), ...Object.values(MESSAGE_SAMPLES).map((what) => words(lang, what))];
}

const SAMPLES: unknown[] = ['X', 1, 2, null, ['X']];

export function catalogTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return SAMPLES.flatMap((sample) => {
      try {
        return catalogTexts((value as (...args: unknown[]) => unknown)(...Array<unknown>(value.length).fill(sample)));
      } catch {
        return []; // A sample of the wrong type for this function; another one fits.
      }
    });
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(catalogTexts);
  return [];
}
