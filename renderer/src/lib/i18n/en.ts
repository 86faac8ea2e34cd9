// The English message catalog: every string the kiosk shows or speaks. Other locales have this exact shape.
import type {
  ActionState,
  BitLockerKeyInfo,
  ErrorCode,
  LockOutcomeKind,
  MessageId,
  MessageParams,
  RotatableKind,
  SearchKind,
  SecretKind,
  SignInMethod,
  SignInRefusalReason,
  UnansweredReason,
} from '../../../../electron/core/contract';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** A sign-in as the screen offers it: its button, the line under it, and what the technician does while it runs. */
export interface MethodWords {
  name: string;
  hint: string;
  waiting: string;
}

/** Why Entra ID refused a sign-in, and what to do; `todo` gets the name of the sign-in that gets past it, if any. */
export interface RefusalWords {
  heading: string;
  what: string;
  todo: (next: string | null) => string;
}

const ANOTHER_SIGN_IN = 'Ask your IT administrator to offer another sign-in at this kiosk';

const refusals: Record<SignInRefusalReason, RefusalWords> = {
  consentMissing: {
    heading: 'The kiosk app is missing admin consent',
    what: 'The kiosk’s app registration has not been granted its Intune permissions, so Entra ID lets nobody sign in to it.',
    todo: () => 'Ask your IT administrator to grant admin consent in the kiosk’s app registration (API permissions › Grant admin consent), then sign in again.',
  },
  conditionalAccess: {
    heading: 'A Conditional Access policy blocks this sign-in',
    what: 'Your organisation does not let this account sign in to the kiosk in this way or from here.',
    todo: () => 'Ask your IT administrator which policy applies (Entra admin center › Sign-in logs › Conditional Access).',
  },
  deviceCodeBlocked: {
    heading: 'This tenant blocks sign-in with a code',
    what: 'A Conditional Access policy does not allow signing in with a code entered on another device.',
    todo: (next) => (next ? `Sign in with “${next}” instead.` : `${ANOTHER_SIGN_IN}, or to allow this one (Conditional Access › Conditions › Authentication flows).`),
  },
  securityDefaults: {
    heading: 'Security defaults block sign-in with a code',
    what: 'This tenant’s security defaults do not allow signing in with a code entered on another device.',
    todo: (next) => (next ? `Sign in with “${next}” instead.` : `${ANOTHER_SIGN_IN} (Entra admin center › Overview › Properties › Security defaults).`),
  },
  deviceCodeRechecked: {
    heading: 'The sign-in with a code is no longer accepted',
    what: 'Your organisation now blocks sign-ins made with a code, so Entra ID ended this one.',
    todo: (next) => (next ? `Sign in again with “${next}”.` : `${ANOTHER_SIGN_IN} (Conditional Access › Conditions › Authentication flows).`),
  },
  deviceNotCompliant: {
    heading: 'This account may sign in only from a compliant device',
    what: 'Your organisation lets this account sign in only from a managed, compliant device, and this sign-in could not show that it comes from one.',
    todo: (next) =>
      next
        ? `Use “${next}”: it signs in with this PC’s own identity.`
        : 'Ask your IT administrator: the kiosk needs Windows’ own sign-in on an Entra-joined, compliant PC (Conditional Access › Grant › Require device to be marked as compliant).',
  },
  mfaRequired: {
    heading: 'Confirm the sign-in with a second factor',
    what: 'Your organisation asks for a second factor (MFA) for this sign-in.',
    todo: () => 'Sign in again and confirm it when asked, for example in the Authenticator app.',
  },
  mfaRegistration: {
    heading: 'Set up a second factor first',
    what: 'Your organisation asks for a second factor (MFA), and your account has none registered yet.',
    todo: () => 'On your own phone or computer, open https://aka.ms/mfasetup and register one, then sign in again.',
  },
  notAssigned: {
    heading: 'Your account is not assigned to the kiosk',
    what: 'Only people assigned to the kiosk’s app in Entra ID may sign in to it.',
    todo: () => 'Ask your IT administrator to assign you (Enterprise applications › the kiosk’s app › Users and groups).',
  },
  sessionExpired: {
    heading: 'Your organisation asks you to sign in again',
    what: 'Sign-ins at this kiosk last a set time (sign-in frequency), and that time is over.',
    todo: () => 'Sign in again to go on.',
  },
  appNotFound: {
    heading: 'The kiosk’s app registration was not found',
    what: 'This tenant has no app registration with the client ID in the kiosk’s config file.',
    todo: () => 'Ask your IT administrator to check “clientId” and “tenantId” in the config file against the app registration (App registrations › Overview).',
  },
  publicClientOff: {
    heading: 'The kiosk’s app registration does not allow this sign-in',
    what: 'The app registration must allow public client flows, which the kiosk signs in with.',
    todo: () => 'Ask your IT administrator to turn on Authentication › Allow public client flows in the kiosk’s app registration.',
  },
  tenantNotFound: {
    heading: 'Entra ID does not know this tenant',
    what: 'The tenant ID in the kiosk’s config file belongs to no tenant.',
    todo: () => 'Ask your IT administrator to check “tenantId” in the kiosk’s config file (Entra admin center › Overview › Tenant ID).',
  },
  redirectUriMissing: {
    heading: 'The kiosk’s app registration lacks a redirect URI',
    what: 'This sign-in needs a redirect URI that the app registration does not list.',
    todo: () =>
      'Ask your IT administrator to add the kiosk’s redirect URIs (App registrations › Authentication › Mobile and desktop applications; docs/entra-app-registration.md).',
  },
};

/** Every message of the contract in words: what happened, with the facts it carries. */
export type MessageWords = { [I in MessageId]: (p: MessageParams<I>) => string };

const kind = (k: SecretKind) => en.secrets.names[k];
const method = (m: SignInMethod | null) => (m ? en.auth.methods[m].name : null);
const canceled: Record<MessageParams<'signInCanceled'>['why'], string> = {
  technician: 'The sign-in was canceled.',
  declined: 'The sign-in was canceled or declined.',
  replaced: 'Another sign-in replaced this one.',
  windowClosed: 'The sign-in window was closed.',
  closing: 'The kiosk is closing.',
  signedOut: 'The kiosk signed out.',
};
const unreadable: Record<MessageParams<'unreadable'>['what'], string> = {
  answer: 'Intune sent an answer the kiosk cannot read.',
  device: 'Intune sent a device the kiosk cannot read.',
  deviceList: 'Intune sent a list of devices the kiosk cannot read.',
  bitlockerList: 'Entra ID sent a list of BitLocker keys the kiosk cannot read.',
  bitlockerKey: 'Entra ID sent a BitLocker recovery key the kiosk cannot read. Read it in the Entra admin center.',
  lapsPassword: 'Entra ID sent a local administrator password the kiosk cannot read.',
};
const notHeld: Record<SecretKind, string> = {
  bitlocker: 'Entra ID holds no BitLocker recovery key with this ID for this device.',
  laps: 'Entra ID holds no local administrator password for this device: Windows LAPS has not backed one up.',
  androidPasscode: 'Intune holds no temporary passcode for this device. It keeps one for 7 days after a passcode reset.',
  activationLock: 'Intune holds no Activation Lock bypass code for this device. Only supervised devices with Activation Lock on have one.',
  fileVault: 'Intune holds no FileVault key for this Mac: the Mac never stored it in Intune.',
};
const notKept: Record<MessageParams<'signInsNotKept'>['why'], string> = {
  noKeyring: 'This computer has no keyring to protect sign-ins, so the kiosk keeps them in memory only: sign in again after every restart.',
  noKeychain: 'This computer’s keychain is not available to the kiosk, so it keeps sign-ins in memory only: sign in again after every restart.',
  tenant: 'Sign-ins last until the kiosk closes.',
};

const messages: MessageWords = {
  invalidRequest: () => 'The kiosk could not use that request.',
  searchBlank: () => 'Type or scan a serial number, device name or e-mail address.',
  searchTooLong: () => 'That is too long for a serial number, device name or e-mail address.',
  searchUnseen: () => 'The search contains invisible characters. Scan or type it again.',
  deviceIdInvalid: () => 'That is not an Intune device ID.',
  keyIdInvalid: () => 'That is not a BitLocker recovery key ID.',
  keyIdMissing: () => 'Choose which BitLocker recovery key to reveal.',
  keyIdNotBitLocker: () => 'Only a BitLocker recovery key is chosen by its ID.',
  rotationKindInvalid: () => 'Only a BitLocker or FileVault key can be rotated.',
  reasonBlank: () => 'Choose a reason for this reveal.',
  reasonTooLong: () => 'The reason is too long: use at most 120 characters.',
  reasonUnseen: () => 'The reason contains invisible characters.',
  devicesNone: () => 'No device was named.',
  devicesTooMany: () => 'Too many devices were asked for at once.',
  devicesRepeated: () => 'A device was named twice.',
  graphOffline: () => 'The kiosk cannot reach Intune.',
  graphTimeout: ({ seconds }) => `Intune did not answer within ${seconds} ${plural(seconds, 'second', 'seconds')}.`,
  graphBusy: ({ seconds }) =>
    seconds === null ? 'Intune is busy with too many requests.' : `Intune is busy with too many requests and asks to wait ${seconds} ${plural(seconds, 'second', 'seconds')}.`,
  kioskPacing: ({ seconds }) => `The kiosk is pausing for ${seconds} ${plural(seconds, 'second', 'seconds')} to stay within your organisation’s Intune limits.`,
  graphFailed: ({ status }) => (status >= 500 ? `Intune is having trouble (error ${status}).` : `Intune refused the request (error ${status}).`),
  graphLinkOutside: () => 'Intune sent a link to another address, which the kiosk did not follow.',
  unreadable: ({ what }) => unreadable[what],
  bitlockerGroupInvalid: ({ group }) =>
    `Entra ID sent a BitLocker recovery key whose group ${group} of 8 is not valid, so the recovery screen would refuse it. Read the key in the Entra admin center, or escalate to second line.`,
  intuneForbidden: ({ permissions }) =>
    `Your account may not do this in Intune. It needs the Help Desk Operator role (or “Managed devices: Read” and, to lock, “Remote tasks: Remote lock”), and the kiosk admin consent to ${permissions.join(' and ')}.`,
  deviceGone: () => 'This device was removed from Intune or is outside your Intune scope.',
  differentDevice: () => 'Intune answered with a different device.',
  requestReplaced: () => 'A newer search replaced this one.',
  pinNotHeld: () => 'Intune holds no unlock PIN for this device.',
  pinOffline: () => 'Intune cannot be reached, and the kiosk has no saved PIN for this device.',
  lockNotSaved: () => 'Intune cannot be reached, and the kiosk has not saved this device’s lock.',
  remoteLockOff: () => 'Remote lock is turned off for this kiosk.',
  remoteLockUnsupported: ({ os }) => `Intune cannot lock ${os ? `${os} devices` : 'this kind of device'}. Nothing was sent.`,
  alreadyLocked: ({ delivered }) =>
    `This Mac already has a remote lock (${delivered ? 'locked' : 'not delivered yet'}). A second lock fails on the Mac, and the PIN it waits for is lost.`,
  secretOff: ({ kind: k }) => `Revealing the ${kind(k)} is turned off for this kiosk.`,
  secretNotForDevice: ({ kind: k, os }) => `${os ? `A ${os} device` : 'This kind of device'} has no ${kind(k)}.`,
  secretNotHeld: ({ kind: k }) => notHeld[k],
  secretOffline: ({ kind: k, keptOffline }) =>
    keptOffline
      ? `Intune cannot be reached, and the kiosk has no saved ${kind(k)} for this device.`
      : `Intune cannot be reached, and the kiosk never keeps a ${kind(k)} offline.`,
  secretForbidden: ({ kind: k, permission, roles }) =>
    `Your account may not read the ${kind(k)}. It needs one of: ${roles.join(', ')}; and the kiosk needs the ${permission} permission with admin consent.`,
  rotationOff: ({ kind: k }) => `Rotating the ${kind(k)} is turned off for this kiosk.`,
  rotationNotForDevice: ({ kind: k, os }) => `${os ? `A ${os} device` : 'This kind of device'} has no ${kind(k)} to rotate. Nothing was sent.`,
  rotationForbidden: ({ kind: k, permission, intunePermission }) =>
    `Your account may not rotate the ${kind(k)}. It needs an Intune role with “Remote tasks: ${intunePermission}”, and the kiosk the ${permission} permission with admin consent.`,
  rotationRefused: ({ kind: k }) =>
    k === 'bitlocker'
      ? 'Intune rotates BitLocker keys on Windows PCs only, and would not rotate this one.'
      : 'Intune rotates a FileVault key only on a company-owned Mac encrypted by an Intune policy, and would not rotate this one.',
  reasonRequired: () => 'Choose a reason for this reveal first.',
  reasonNotListed: () => 'Choose one of the reasons on the list.',
  revealNotRecorded: () => 'The kiosk could not record this reveal in its audit trail, so the secret stays hidden.',
  notSignedIn: () => 'Nobody is signed in to the kiosk.',
  signInEnded: () => 'The sign-in has ended.',
  signInRefused: ({ reason, tryMethod }) => `${refusals[reason].what} ${refusals[reason].todo(method(tryMethod))}`,
  signInCanceled: ({ why }) => canceled[why],
  signInTimedOut: ({ method: m }) =>
    m === 'broker' ? 'Windows’ sign-in did not finish in time.' : `Nobody finished signing in ${m === 'window' ? 'in the sign-in window' : 'in the browser'} in time.`,
  deviceCodeExpired: () => 'The sign-in code expired before anyone used it.',
  signInNotOffered: ({ offered }) => `This kiosk does not offer that sign-in. Choose “${method(offered)}”.`,
  signInPageFailed: ({ tryMethod }) => `This computer could not open the sign-in page.${tryMethod ? ` Use “${method(tryMethod)}” instead.` : ''}`,
  signInServiceOffline: () => 'The kiosk cannot reach Microsoft’s sign-in service.',
  signInUnfinished: ({ entraCode }) => `The sign-in did not finish.${entraCode === null ? '' : ` Entra ID answered AADSTS${entraCode}.`}`,
  demoNotNeeded: ({ tenant }) => `The kiosk already works for ${tenant}.`,
  noConfig: ({ path }) => `No tenant is configured: the config file ${path} does not exist.`,
  demoDidNotStart: () => 'The demo tenant did not start. Close the kiosk and start it again.',
  cacheSetAside: () => 'The offline cache could not be read and was set aside. The kiosk starts with an empty cache.',
  cacheKeychainAway: () => 'The keychain did not answer, so the offline cache could not be read. It is kept for the next start; until then, offline answers cover this session only.',
  signInKeychainAway: () => 'The keychain did not answer, so the saved sign-in could not be read. Until the next start, sign-ins last until the kiosk closes.',
  signInsNotKept: ({ why }) => notKept[why],
  internal: () => 'Something went wrong inside the kiosk.',
  kioskNoAnswer: () => 'The kiosk did not answer. Restart it if this keeps happening.',
  noBridge: () => 'This page must be opened by the kiosk app; it cannot reach Intune on its own.',
};

export const en = {
  messages,
  app: {
    name: 'Unlock PIN Kiosk',
    demo: 'DEMO',
    demoTitle: 'Simulated tenant: these are not real devices',
    tenant: 'Tenant',
    version: (v: string) => `Version ${v}`,
  },
  /** The language's name in itself, on the buttons that read a secret out in it; the row's label. */
  language: {
    name: 'English',
    visitor: 'In the person’s language:',
  },
  firstRun: {
    heading: 'No tenant is configured',
    what: 'This kiosk found no config file, so it does not know which Intune tenant to work for.',
    where: 'Your IT administrator puts the config file here (the deployment guide, docs/deploy.md §3, lists its fields):',
    demo: 'Try the built-in demo',
    demoNote: 'The demo shows made-up devices. Nothing reaches Intune.',
    starting: 'Starting the demo…',
  },
  offline: {
    title: 'Offline',
    body: (since: string, ago: string) => `Intune has not answered since ${since} (${ago}).`,
    advice: 'Answers come from the offline cache where the kiosk has one, marked as cached. Check the kiosk’s network.',
  },
  notice: {
    label: 'Message from the kiosk',
    dismiss: 'Dismiss',
  },
  auth: {
    heading: 'Sign in to look up devices',
    intro: 'Sign in with your work account. The kiosk then reads Intune for you until your shift ends.',
    methods: {
      broker: {
        name: 'Sign in with Windows',
        hint: 'Windows Hello, a security key or this PC’s sign-in.',
        waiting: 'Finish signing in in Windows’ dialog.',
      },
      window: {
        name: 'Sign in with your work account',
        hint: 'Opens Microsoft’s sign-in page in a window over the kiosk.',
        waiting: 'Finish signing in in the window over the kiosk.',
      },
      browser: {
        name: 'Sign in with the browser',
        hint: 'Opens the sign-in page on this computer.',
        waiting: 'Finish signing in in the browser window.',
      },
      deviceCode: {
        name: 'Sign in with a code',
        hint: 'Use your phone: scan the QR code or open the address, then enter the code.',
        waiting: 'Getting a sign-in code…',
      },
    } satisfies Record<SignInMethod, MethodWords>,
    otherWays: 'Other ways to sign in',
    checking: 'Checking the sign-in…',
    codeHeading: 'Enter this code',
    codeSteps: (address: string) => `On your phone or another computer, open ${address} (or scan the QR code) and enter the code.`,
    expiresIn: (time: string) => `The code expires in ${time}.`,
    qr: 'QR code of the sign-in address',
    entraSays: 'Entra ID says:',
    cancel: 'Cancel sign-in',
    signedInAs: (name: string) => `Signed in: ${name}`,
    until: (time: string) => `until ${time}`,
    signOut: 'Sign out',
    failed: 'Sign-in did not finish',
    /** What to do after a failure Entra did not explain, by the core's error code where it says more than `other`. */
    failedAdvice: {
      timeout: 'Nobody finished the sign-in in time. Choose a sign-in below to start again.',
      offline: 'The kiosk cannot reach Microsoft’s sign-in service. Check its network connection, then sign in again.',
      not_supported: 'This sign-in cannot run on this kiosk. Choose another one below.',
      other: 'Choose a sign-in below to try again. If it keeps failing, restart the kiosk and tell your IT administrator.',
    },
    refusals,
    tryMethod: (name: string) => `Try “${name}”`,
    entraCode: (code: number) => `Entra ID code AADSTS${code}`,
    endedByEntra: (at: string) => `Entra ID ended the sign-in at ${at}.`,
    notKept: 'Sign-ins are not kept when the kiosk restarts.',
    lastSignOut: {
      technician: (at: string) => `Signed out at ${at}.`,
      shiftEnded: (at: string) => `The shift ended at ${at}. Sign in again to go on.`,
      idle: (at: string) => `Signed out at ${at} because nobody used the kiosk.`,
      sessionExpired: (at: string) => `The sign-in expired at ${at}. Sign in again to go on.`,
    },
  },
  search: {
    form: 'Device search',
    label: 'Serial number, device name or e-mail',
    button: 'Search',
    blank: 'Type or scan a serial number, device name or e-mail address first.',
  },
  idle: {
    region: 'How to start',
    lead: 'Scan or type a serial number',
    scan: 'Scan the barcode on the device or its box,',
    type: 'or type the serial number, the device name or the user’s e-mail address and press Enter.',
    privacy: 'Press Escape at any time to clear the screen for the next person.',
  },
  status: {
    searching: (q: string) => `Searching Intune for “${q}”…`,
    appleLabel: (q: string, serial: string) => `Apple labels put an S before the serial number: “${q}” is serial number “${serial}”.`,
    loadingDevice: 'Loading the device…',
    matches: (n: number, q: string) => `${n} ${plural(n, 'device matches', 'devices match')} “${q}”. Choose the right one.`,
    noMatch: (q: string) => `No device matches “${q}”.`,
    incomplete: (q: string) => `Intune could not complete the search for “${q}”.`,
    showing: (name: string) => `Showing ${name}.`,
    revealing: 'Revealing the PIN…',
    pinShown: 'The unlock PIN is on screen.',
    pinHidden: 'The PIN was hidden.',
    pinTimedOut: (seconds: number) => `The PIN was hidden after ${seconds} seconds.`,
    revealingSecret: 'Revealing…',
    secretShown: (name: string) => `The ${name} is on screen.`,
    secretHidden: 'The secret was hidden.',
    secretTimedOut: (seconds: number) => `The secret was hidden after ${seconds} seconds.`,
    error: 'Something went wrong. See below.',
  },
  common: {
    newSearch: 'New search',
    backToMatches: 'Back to matches',
    tryAgain: 'Try again',
    cancel: 'Cancel',
    done: 'Done — clear for the next person',
    hidingSoon: 'Hides in a moment: press Keep showing if the person is still typing.',
    unknownTime: 'at an unknown time',
    justNow: 'just now',
    never: 'never',
    unknown: 'unknown',
    dash: '—',
  },
  matches: {
    heading: 'Matching devices',
    hint: 'Compare the serial number with the one on the device, then choose it.',
    serial: 'Serial',
    user: 'User',
    unknownModel: 'Unknown model',
    choose: 'Choose',
    /** Said once above the list of an e-mail search, before the address. */
    devicesOf: 'Devices of',
    checkingLock: 'Checking lock…',
    /** A row past those whose locks the kiosk checks by itself. */
    lockNotChecked: 'Shown once chosen',
    lockUnknown: (why: string) => `Unknown — ${why}`,
    lockCached: (ago: string) => `Cached, ${ago}`,
    cannotLock: 'Intune cannot lock it',
  },
  noMatch: {
    region: 'No match',
    exactNamesOnly: 'This Intune tenant cannot search by the start of a device name: type the full device name or scan the serial number.',
    advice:
      'Check the characters that look alike (0 and O, 1 and I, 5 and S), or search by the device name or the user’s e-mail address instead.',
  },
  incomplete: {
    heading: 'Intune could not complete this search',
    lead: 'The device may be in Intune even though it is not listed here. Intune did not answer these parts of the search:',
    searched: {
      serial: (value: string) => `Serial number “${value}”`,
      name: (value: string) => `Device name “${value}”`,
      user: (value: string) => `E-mail address “${value}”`,
    } satisfies Record<SearchKind, (value: string) => string>,
    reasons: {
      unfiltered: 'Intune ignored the filter and sent devices that do not match, so the kiosk cannot tell which ones do.',
      tooManyPages: 'Intune kept sending more pages than one search may ask for.',
    } satisfies Record<UnansweredReason, string>,
    /** What to try: for a part with too many pages, and for a part whose filter Intune ignored, by what it searched. */
    tryNext: {
      tooManyPages: 'Type more of it: the full serial number or the full device name.',
      serial: 'Search by the device name or the user’s e-mail address instead.',
      name: 'Scan or type the full serial number instead.',
      user: 'Scan or type the serial number or the device name instead.',
    },
  },
  device: {
    unnamed: 'Unnamed device',
    confirm: 'Check that the serial number matches the device in front of you.',
    model: 'Model',
    system: 'System',
    serial: 'Serial number',
    user: 'User',
    noUser: 'No primary user',
    lastCheckIn: 'Last check-in',
    the: 'the device',
  },
  source: {
    live: (ago: string) => `From Intune, ${ago}.`,
    cachedTitle: 'Cached result',
    cached: (ago: string, at: string) => `from ${ago} (${at}). Intune could not be reached, so this may be out of date.`,
  },
  lock: {
    heading: 'Remote lock',
    sent: 'Sent',
    lastUpdate: 'Last update',
    others: 'Other recent actions',
    otherAction: (name: string, state: string, when: string) => `${name} — ${state}, ${when}`,
    unnamedAction: 'unnamed action',
    /** Graph's actionName in words; names not listed are spelled out from the camelCase. */
    actionNames: {
      syncDevice: 'sync',
      wipe: 'wipe',
      retire: 'retire',
      rebootNow: 'restart',
      resetPasscode: 'passcode reset',
      locateDevice: 'locate',
      windowsDefenderScan: 'Defender scan',
      remoteLock: 'remote lock',
      rotateBitLockerKeys: 'BitLocker key rotation',
      rotateFileVaultKey: 'FileVault key rotation',
    } as Record<string, string>,
    timeUnknown: 'time unknown',
    notSent: { word: 'Not sent', guidance: 'No remote lock has been sent to this device.' },
    states: {
      pending: {
        word: 'Pending',
        guidance: 'Intune has sent the lock; the device has not checked in yet. Ask the person to connect it to Wi-Fi.',
      },
      active: { word: 'Active', guidance: 'The device is applying the lock right now. Wait a minute, then search again.' },
      done: { word: 'Done', guidance: 'The device received the lock and is locked.' },
      failed: {
        word: 'Failed',
        guidance:
          'The lock did not complete. A Mac that was already locked refuses a second lock. Check the device; if it is not locked, ask an Intune administrator to send the lock again.',
      },
      canceled: { word: 'Canceled', guidance: 'The lock was canceled before it reached the device, so Intune has not locked it.' },
      notSupported: { word: 'Not supported', guidance: 'This device does not support a remote lock from Intune.' },
      none: { word: 'None', guidance: 'Intune recorded a lock but no progress yet. Search again in a few minutes.' },
      unknown: {
        word: 'Unknown',
        guidance: 'Intune reported a state this kiosk does not know. Check the device in the Intune admin center.',
      },
    } satisfies Record<ActionState, { word: string; guidance: string }>,
    /** The latest lock as an outcome for the counter, each with its next step. */
    outcomes: {
      locked: { word: 'Locked', guidance: 'The device received the lock and is locked.' },
      pinGone: {
        word: 'Locked — no PIN from Intune',
        guidance:
          'The Mac received the lock, but Intune no longer answers its unlock PIN. Do not lock it again (that fails too): hand it to your Mac administrator.',
      },
      locking: { word: 'Locking', guidance: 'The device is applying the lock right now. Wait a minute, then check again.' },
      waiting: {
        word: 'Waiting for the device to come online',
        guidance: 'Intune has sent the lock; the device has not checked in yet. Ask the person to connect it to Wi-Fi, then check again.',
      },
      canceled: {
        word: 'Canceled — not locked',
        guidance: 'The lock was canceled before it reached the device, so Intune has not locked it and there is no PIN to use.',
      },
      failed: {
        word: 'Failed',
        guidance: 'The lock did not complete. A Mac that was already locked refuses a second lock. Check the device; if it is not locked, send the lock again.',
      },
      notSupported: { word: 'Not supported', guidance: 'This device does not support a remote lock from Intune.' },
      unknown: { word: 'Unknown', guidance: 'Intune reported a state this kiosk does not know. Check the device in the Intune admin center.' },
    } satisfies Record<Exclude<LockOutcomeKind, 'noProgress'>, { word: string; guidance: string }>,
    noProgressWord: (days: number) => `No progress after ${days} ${plural(days, 'day', 'days')}`,
    noProgressGuidance: (days: number) =>
      `Intune sent the lock ${days} ${plural(days, 'day', 'days')} ago and the device has not taken it: it may be switched off, offline or no longer enrolled. Check it in the Intune admin center.`,
    failedNoKioskLock: 'If it is not locked, ask an Intune administrator to send the lock again.',
    checkAgain: 'Check again',
    checking: 'Checking…',
    checkFailed: (message: string) => `Could not check again: ${message}`,
    laterAction: (action: string, ago: string) =>
      `A ${action} was sent ${ago}, after this lock. Any action sent after a lock replaces the Mac’s PIN, so the PIN Intune holds may not be the one the Mac asks for.`,
    noRemoteLock: (os: string) => `Remote lock: Intune cannot lock ${os || 'this kind of'} devices, so there is nothing to unlock here.`,
    ownPasscodeHeading: 'Next step',
    ownPasscode: 'Ask the person to unlock it with the device’s own passcode.',
  },
  remoteLock: {
    heading: 'Send a remote lock',
    button: 'Lock device…',
    confirmQuestion: (name: string) => `Send a remote lock to ${name}?`,
    confirmDetail:
      'The device locks as soon as it next checks in with Intune. A Mac then asks for the unlock PIN; an iPhone, iPad or Android device asks for its own passcode.',
    confirm: 'Send lock',
    sending: 'Sending the lock…',
    waiting: 'Lock sent — waiting for the device to check in',
    lastChecked: (time: string) => `The kiosk last asked Intune at ${time}.`,
    settled: 'The device has checked in.',
    settledWithPin: 'The device has checked in. Its unlock PIN can be revealed now.',
    gaveUp: 'The device has not checked in yet; the kiosk stopped waiting. Search again later to see its state.',
    alreadyLockedTitle: 'This Mac already has a remote lock',
    alreadyLockedWhy:
      'Sending another lock fails on the Mac, and the PIN it is waiting for is lost. Use the existing PIN instead.',
    revealExisting: 'Reveal the existing PIN',
    lockAgain: 'Lock again anyway',
    notSupportedTitle: 'This device cannot be locked from the kiosk',
    failedTitle: 'The lock could not be sent',
  },
  pin: {
    heading: 'Unlock PIN',
    reveal: 'Reveal PIN',
    revealing: 'Revealing…',
    checkFirst: 'Check that this is the person’s device.',
    lastRevealYou: (ago: string) => `Last revealed ${ago}, by you.`,
    lastRevealOther: (ago: string, who: string) => `Last revealed ${ago}, by ${who}.`,
    hide: 'Hide PIN',
    readAloud: 'Read aloud',
    digits: (spaced: string) => `Digits: ${spaced}`,
    typeIt: 'Type it on the Mac’s lock screen.',
    issued: (ago: string, at: string) => `PIN issued ${ago} · ${at}`,
    stale: (days: number, reliableDays: number) =>
      `This PIN is ${days} days old. Intune may no longer hold it: PINs have been gone after about ${reliableDays} days, and any later action sent to the Mac replaces it.`,
    staleAdvice:
      'If the Mac refuses it, do not lock it again (that fails too). Check the Mac’s device actions in the Intune admin center, then hand it to your Mac administrator: a Mac whose PIN is lost needs Apple’s help, with proof of purchase.',
    hidesIn: (seconds: number) => `Hides in ${seconds} s`,
    noPinMac: (documentedDays: number, reliableDays: number) =>
      `This lock has no unlock PIN in Intune. Intune documents ${documentedDays} days, but a Mac’s PIN has been gone after about ${reliableDays}, and any later action sent to the Mac replaces it.`,
    noPinOther:
      'This lock has no unlock PIN. iPhone, iPad and Android locks use the device’s own passcode: ask the person to enter it.',
    noCopy: 'Copying is turned off: read the PIN from the screen.',
  },
  reason: {
    label: 'Reason for the reveal',
    optional: '(optional)',
    choose: 'Choose a reason…',
    placeholder: 'Why the person needs it',
    missing: 'Choose a reason first: the audit trail records it with the reveal.',
  },
  secrets: {
    heading: 'Other secrets',
    others: 'Other secrets for this device',
    names: {
      bitlocker: 'BitLocker recovery key',
      laps: 'Local administrator password (LAPS)',
      androidPasscode: 'Temporary passcode',
      activationLock: 'Activation Lock bypass code',
      fileVault: 'FileVault recovery key',
    } satisfies Record<SecretKind, string>,
    reveal: {
      bitlocker: 'Reveal this key',
      laps: 'Reveal password',
      androidPasscode: 'Reveal passcode',
      activationLock: 'Reveal bypass code',
      fileVault: 'Ask Intune for the key',
    } satisfies Record<SecretKind, string>,
    /** Graph answers whether it holds a FileVault key only to a request for the key itself. */
    fileVaultAsk: 'Does Intune hold this Mac’s FileVault key? Only asking for it tells.',
    /** The reveal found nothing: what the empty answer means, instead of "Device not found". */
    notHeld: {
      bitlocker: 'Entra ID holds no BitLocker key with this ID',
      laps: 'No LAPS password is backed up for this PC',
      androidPasscode: 'Intune holds no passcode for this phone',
      activationLock: 'Intune holds no bypass code for this device',
      fileVault: 'Intune holds no FileVault key for this Mac',
    } satisfies Record<SecretKind, string>,
    escalate: 'Send the person to the second-line desk.',
    nothingHeading: 'Nothing to reveal',
    nothing: 'Intune holds no PIN, key or password the kiosk may show for this device.',
    nothingNext: 'If the person still cannot get in, send them to the second-line desk.',
    use: {
      bitlocker: 'Type the 48 digits on the blue BitLocker recovery screen, group by group.',
      laps: 'Sign in to Windows as the local administrator with this password. Windows LAPS changes it again after use.',
      androidPasscode: 'The person unlocks the phone with this passcode, then sets a new one.',
      activationLock: 'On the Activation Lock screen, leave the Apple Account empty and enter this code as the password.',
      fileVault: 'On the Mac’s login screen, choose to reset with the recovery key and type this key.',
    } satisfies Record<SecretKind, string>,
    stored: (ago: string, at: string) => `Stored ${ago} · ${at}`,
    backedUp: (ago: string, at: string) => `Backed up ${ago} · ${at}`,
    passcodeReset: (ago: string, at: string) => `Passcode reset ${ago} · ${at}`,
    problem: 'The kiosk could not check this:',
    keyIdLabel: 'Recovery key ID, first characters',
    keyIdHint: 'The recovery screen shows it as “Recovery key ID: 1A2B3C4D…”. Type at least the first 4 characters.',
    matching: (n: number) => (n === 1 ? 'The key with this ID:' : `${n} keys start with these characters:`),
    noMatch: (typed: string) => `No recovery key of this device starts with “${typed}”. Check the ID on the screen; this device has these keys:`,
    showAll: (n: number) => `Show all ${n} keys`,
    keyCount: (n: number) => `${n} ${plural(n, 'recovery key', 'recovery keys')} backed up to Entra ID.`,
    volume: {
      operatingSystemVolume: 'Windows drive',
      fixedDataVolume: 'Data drive',
      removableDataVolume: 'Removable drive',
      unknown: 'Drive of unknown type',
    } satisfies Record<BitLockerKeyInfo['volumeType'], string>,
    created: (ago: string) => `created ${ago}`,
    newest: 'newest',
    keyId: (id: string) => `Recovery key ID ${id}`,
    group: (n: number) => `Group ${n}`,
    account: (name: string) => `Account: ${name}`,
    legend: (parts: string[]) => (parts.length === 0 ? '' : `${parts.join(', ').replace(/^./, (c) => c.toUpperCase())}.`),
    marks: { digit: 'digits are blue', symbol: 'symbols are yellow', upper: 'capital letters are underlined' },
    noSpaces: 'Don’t type the spaces: the gaps are only there to make it easier to read.',
    // Beside each: what the place it is typed into does with hyphens, from Microsoft's and Apple's docs (SecretDisplay).
    hyphens: {
      bitlocker: 'Type only the digits: the recovery screen puts in the hyphens itself.',
      laps: 'The password has no grouping characters: every character shown is typed, a hyphen too.',
      androidPasscode: 'Type only the digits.',
      activationLock: 'Type it exactly as shown, with its hyphens, in the password box.',
      fileVault: 'Type the letters and digits: the Mac puts in the hyphens as you type. Where none appears, type it.',
    } satisfies Record<SecretKind, string>,
    lapsOtherUser: 'On the Windows sign-in screen, choose “Other user” and type this user name:',
    lapsUser: (account: string) => `.\\${account}`,
    lapsEye: 'Before pressing Enter, hold the eye button at the end of the password box to check what was typed.',
    keyIdAsk: 'Does the blue screen show',
    keyIdAskEnd: '?',
    keyIdWrong: 'If not, hide this key and choose the key with the ID on the screen.',
    fKeys: 'No digits appear? On a keyboard whose number row needs Shift, use F1–F9 for 1–9 and F10 for 0.',
    stepThrough: 'One group at a time',
    allGroups: 'Show all 8 groups',
    groupOf: (n: number, total: number) => `Group ${n} of ${total}`,
    nextGroup: 'Next group',
    previousGroup: 'Previous group',
    arrowKeys: 'The left and right arrow keys step too.',
    lastGroup: 'That is the last group: the person presses Enter on the recovery screen.',
    spell: 'Spell it out',
    unspell: 'Hide the spelling',
    spelled: 'Spelled out',
    readAloud: 'Read aloud',
    hide: 'Hide',
    keep: 'Keep showing',
    noCopy: 'Copying is turned off: read it from the screen.',
    cached: (ago: string) => `From the offline cache, ${ago}`,
    hidesIn: (seconds: number) => `Hides in ${seconds} s`,
    characters: (spelled: string) => `Characters: ${spelled}`,
    upper: (c: string) => `capital ${c}`,
    lower: (c: string) => `lower-case ${c}`,
    digit: (word: string) => `digit ${word}`,
    digits: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    symbol: (c: string) => `symbol ${c}`,
    symbols: {
      '-': 'hyphen',
      _: 'underscore',
      '.': 'full stop',
      ',': 'comma',
      '#': 'hash',
      $: 'dollar sign',
      '%': 'percent sign',
      '&': 'ampersand',
      '@': 'at sign',
      '!': 'exclamation mark',
      '?': 'question mark',
      '*': 'asterisk',
      '+': 'plus',
      '=': 'equals sign',
      '/': 'slash',
      '\\': 'backslash',
      ':': 'colon',
      ';': 'semicolon',
      '(': 'opening parenthesis',
      ')': 'closing parenthesis',
      '[': 'opening bracket',
      ']': 'closing bracket',
      '{': 'opening brace',
      '}': 'closing brace',
      '<': 'less-than sign',
      '>': 'greater-than sign',
      '^': 'caret',
      '~': 'tilde',
      "'": 'apostrophe',
      '"': 'quotation mark',
      '`': 'backtick',
      '|': 'vertical bar',
      ' ': 'space',
    } as Record<string, string>,
  },
  rotation: {
    why: 'This key has now been seen. Once the person is in, have Intune replace it.',
    offer: 'Rotate this key…',
    confirmQuestion: {
      bitlocker: 'Have Intune rotate this PC’s BitLocker recovery keys?',
      fileVault: 'Have Intune rotate this Mac’s FileVault recovery key?',
    } satisfies Record<RotatableKind, string>,
    confirmDetail:
      'Intune asks the device for a new key. When the device next checks in, the key on screen stops working: rotate it only once the person is in.',
    replacesPin: 'Intune shows this Mac’s unlock PIN only until another action is sent, so this rotation replaces it. Use the PIN first.',
    confirm: 'Rotate key',
    sending: 'Asking Intune to rotate the key…',
    sentTitle: 'Intune asked the device for a new key',
    sent: 'It takes effect when the device next checks in. From then on, the key on screen no longer works.',
    failedTitle: 'The rotation could not be sent',
    refusedTitle: 'Intune will not rotate this key',
    refused: 'Nothing was sent. Ask your IT administrator to rotate the key in Intune.',
    forbidden: 'Your account may not rotate keys in Intune. Ask your IT administrator to rotate this key, and for access to do it yourself.',
    reminderTitle: 'This key has now been seen',
    reminder: 'Ask your IT administrator to rotate it in Intune.',
    removableTitle: 'Intune does not rotate the keys of removable drives',
    removable: 'This key opens a removable drive, and it keeps working: Intune’s rotation only gives the PC’s own drives new keys. Tell your IT administrator that this drive’s key has been seen.',
  },
  errors: {
    heading: {
      invalid_request: 'That search cannot be used',
      config_error: 'The kiosk is not set up',
      not_signed_in: 'Sign-in needed',
      consent_required: 'Sign-in needed',
      forbidden: 'Not allowed',
      not_found: 'Device not found',
      not_supported: 'Not possible for this device',
      already_locked: 'This Mac is already locked',
      throttled: 'Intune is busy',
      offline: 'Intune could not be reached',
      timeout: 'Intune could not be reached',
      graph_error: 'Intune answered with an error',
      canceled: 'The request was canceled',
      internal: 'Something went wrong in the kiosk',
    } satisfies Record<ErrorCode, string>,
    advice: {
      invalid_request: 'Check what was typed or scanned, then search again.',
      config_error: 'Ask your IT administrator to check the kiosk’s config file.',
      not_signed_in: 'Sign the kiosk in with a work account that may read Intune devices, then press Try again.',
      consent_required: 'Sign the kiosk in with a work account that may read Intune devices, then press Try again.',
      forbidden: 'Ask an Intune administrator for access, or send the person to the second-line desk.',
      not_found: 'The device may have been removed from Intune or be outside your scope. Start a new search.',
      not_supported: 'Nothing was sent to the device. Start a new search, or handle this device another way.',
      already_locked: 'Reveal the PIN of the lock already sent instead of locking again.',
      throttled: 'Wait a minute, then press Try again.',
      offline: 'Check the kiosk’s network connection, then press Try again.',
      timeout: 'Check the kiosk’s network connection, then press Try again.',
      graph_error: 'Press Try again. If it keeps failing, Intune may be having problems; check the Microsoft 365 service health.',
      canceled: 'Press Try again, or start a new search.',
      internal: 'Press Try again. If it keeps failing, restart the kiosk and tell your IT administrator.',
    } satisfies Record<ErrorCode, string>,
    waitSeconds: (n: number) => `Wait ${n} ${plural(n, 'second', 'seconds')}, then press Try again.`,
    whatToDo: 'What to do:',
    forbiddenAtCounter: 'Your account may not do this in Intune, so the kiosk cannot help this person now: send them to the second-line desk, and ask an Intune administrator for access.',
    forAdmin: 'Details for your admin',
    retryingIn: (n: number) => `The kiosk tries again by itself in ${n} ${plural(n, 'second', 'seconds')}.`,
    tryNow: 'Try again now',
  },
};

export type Messages = typeof en;
