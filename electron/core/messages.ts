// The core's English for every message of the contract: what its log, its errors' `message` and the tenant check's
// report say. The screen never shows it; it words `what` itself (renderer/src/lib/i18n).
import { LOCK_STATES_MAX, type Message, type MessageId, type MessageParams, type SignInMethod, type SignInRefusalReason } from './contract';
import { SECRET_KINDS_INFO } from './secrets/kinds';

/** The words of each sign-in, as the sign-in screen names it in English (renderer/src/lib/i18n/en.ts). */
export const METHOD_NAMES: Record<SignInMethod, string> = {
  broker: 'Sign in with Windows',
  window: 'Sign in with your work account',
  browser: 'Sign in with the browser',
  deviceCode: 'Sign in with a code',
};

const SETUP_DOC = 'See docs/entra-app-registration.md.';
const ANOTHER_SIGN_IN = 'Ask your admin to turn on another sign-in for the kiosk (docs/deploy.md).';
const use = (method: SignInMethod | null, otherwise: string) => (method ? `Use "${METHOD_NAMES[method]}" instead.` : otherwise);

const REFUSED: Record<SignInRefusalReason, (next: SignInMethod | null) => string> = {
  consentMissing: () =>
    "The kiosk app is missing admin consent for its Intune permissions. Ask an Entra administrator to grant admin consent to the kiosk's app " +
    `registration (API permissions › Grant admin consent), then sign in again. ${SETUP_DOC}`,
  conditionalAccess: () =>
    'A Conditional Access policy of your organisation blocks this sign-in. Ask an Entra administrator which policy applies (Sign-in logs › Conditional Access).',
  deviceCodeBlocked: (next) => `This tenant blocks sign-in with a code (a Conditional Access policy on the device code flow). ${use(next, ANOTHER_SIGN_IN)}`,
  securityDefaults: (next) => `This tenant's security defaults block sign-in with a code. ${use(next, ANOTHER_SIGN_IN)}`,
  deviceCodeRechecked: (next) => `Entra ID no longer accepts the sign-in made with a code. Sign in again${next ? ` with "${METHOD_NAMES[next]}"` : ''}.`,
  deviceNotCompliant: (next) =>
    'Your organisation lets this account sign in only from a managed, compliant device, and this sign-in could not show that it comes from one. ' +
    (next
      ? `Use "${METHOD_NAMES[next]}", which signs in with this computer's own identity.`
      : "Ask your admin: the kiosk needs Windows' own sign-in on an Entra-joined, compliant counter PC (docs/deploy.md)."),
  mfaRequired: () => 'Your organisation asks for a second factor (MFA) for this sign-in. Sign in again and confirm it when asked.',
  mfaRegistration: () => 'Your account must first register a second factor (MFA). Do so on your own phone or computer at https://aka.ms/mfasetup, then sign in again.',
  notAssigned: () => 'Your account is not assigned to the kiosk app. Ask an Entra administrator to assign you (Enterprise applications › Users and groups).',
  sessionExpired: () => 'Your organisation asks you to sign in again after a set time (sign-in frequency). Sign in again to go on.',
  appNotFound: () => `This tenant has no app registration with the kiosk's client ID. Check "clientId" and "tenantId" in the kiosk's config file. ${SETUP_DOC}`,
  publicClientOff: () => `The kiosk's app registration must allow public client flows (Authentication › Allow public client flows: Yes). ${SETUP_DOC}`,
  tenantNotFound: () => `Entra ID does not know the tenant in the kiosk's config file. Check "tenantId". ${SETUP_DOC}`,
  redirectUriMissing: () => `The app registration lacks the redirect URI this sign-in needs (Authentication › Mobile and desktop applications). ${SETUP_DOC}`,
};

const UNREADABLE = {
  answer: 'Microsoft Graph sent an answer the kiosk cannot read. Try again in a minute.',
  device: 'Microsoft Graph sent a device the kiosk cannot read. Try again in a minute.',
  deviceList: 'Microsoft Graph sent a device list the kiosk cannot read. Try again in a minute.',
  bitlockerList: 'Entra ID sent a list of BitLocker keys the kiosk cannot read. Try again in a minute.',
  bitlockerKey: 'Entra ID sent a BitLocker recovery key the kiosk cannot read. Try again, or read it in the Entra admin center.',
  lapsPassword: 'Entra ID sent a local administrator password the kiosk cannot read. Try again in a minute.',
} as const;

const CANCELED = {
  technician: 'Sign-in was canceled.',
  declined: 'Sign-in was canceled or declined. Sign in again to continue.',
  replaced: 'Another sign-in replaced this one.',
  windowClosed: 'The sign-in window was closed.',
  closing: 'The kiosk is closing.',
  signedOut: 'Signed out.',
} as const;

const NOT_HELD = {
  bitlocker: 'Entra ID holds no BitLocker recovery key with this id for this device.',
  laps: 'Entra ID holds no local administrator password for this device: Windows LAPS has not backed one up.',
  androidPasscode: 'Intune holds no temporary passcode for this device. It shows one for 7 days after a passcode reset.',
  activationLock: 'Intune holds no Activation Lock bypass code for this device. Only supervised devices with Activation Lock on have one.',
  fileVault: 'Intune holds no FileVault personal recovery key for this Mac: it was never escrowed.',
} as const;

const VALIDATION = {
  invalidRequest: 'The request is not valid.',
  searchBlank: 'Type or scan a serial number, device name or e-mail address.',
  searchTooLong: 'That is too long for a serial number, device name or e-mail address.',
  searchUnseen: 'The search contains control or invisible characters; scan or type it again.',
  deviceIdInvalid: 'That is not an Intune device id.',
  keyIdInvalid: 'That is not a BitLocker recovery key id.',
  keyIdMissing: 'Choose which BitLocker recovery key to reveal.',
  keyIdNotBitLocker: 'Only a BitLocker reveal takes a key id.',
  rotationKindInvalid: 'Only a BitLocker or FileVault key can be rotated.',
  reasonBlank: 'Choose a reason for this reveal.',
  reasonTooLong: 'The reason is too long; use at most 120 characters.',
  reasonUnseen: 'The reason contains control or invisible characters.',
  devicesNone: 'Name at least one device.',
  devicesTooMany: `Ask for at most ${LOCK_STATES_MAX} devices at once.`,
  devicesRepeated: 'Name each device only once.',
} as const;

type English = { [I in MessageId]: (p: MessageParams<I>) => string };

const ENGLISH: English = {
  ...(Object.fromEntries(Object.entries(VALIDATION).map(([id, text]) => [id, () => text])) as unknown as Pick<English, keyof typeof VALIDATION>),
  graphOffline: () => 'The kiosk cannot reach Microsoft Graph. Check the network connection, then try again.',
  graphTimeout: ({ seconds }) => `Microsoft Graph did not answer within ${seconds} seconds. Try again.`,
  graphBusy: ({ seconds }) => `Microsoft Graph is busy with too many requests. Try again ${seconds === null ? 'in a minute' : `in ${seconds} seconds`}.`,
  kioskPacing: ({ seconds }) => `This kiosk is pausing its requests to stay within the tenant's Intune limits. Try again in ${seconds} seconds.`,
  graphFailed: ({ status }) =>
    status >= 500 ? `Microsoft Graph is having trouble (error ${status}). Try again in a minute.` : `Microsoft Graph refused the request (error ${status}).`,
  graphLinkOutside: () => 'Microsoft Graph sent a link outside the Graph address; the kiosk did not follow it.',
  unreadable: ({ what }) => UNREADABLE[what],
  bitlockerGroupInvalid: ({ group }) =>
    `Entra ID sent a BitLocker recovery key whose group ${group} of 8 is not a valid recovery password group, so the recovery screen would refuse it. Read the key in the Entra admin center, or escalate to second line.`,
  intuneForbidden: ({ permissions }) =>
    'Your account may not do this in Intune. Ask an Intune administrator for the Help Desk Operator role ' +
    '(or a role with "Managed devices: Read" and, for remote lock, "Remote tasks: Remote lock"), and for admin consent ' +
    `to ${permissions.join(' and ')}.`,
  deviceGone: () => 'This device was removed from Intune or is outside your Intune scope.',
  differentDevice: () => 'Microsoft Graph answered with a different device. Try again.',
  requestReplaced: () => 'The request was replaced by a newer one.',
  pinNotHeld: () => 'Intune holds no unlock PIN for this device.',
  pinOffline: () => 'Microsoft Graph cannot be reached and this kiosk has no saved PIN for this device. Try again when the network is back.',
  lockNotSaved: () => 'Microsoft Graph cannot be reached and this kiosk has not saved the lock of this device.',
  remoteLockOff: () => 'Remote lock is turned off for this kiosk.',
  remoteLockUnsupported: ({ os }) => `Intune cannot remote-lock ${os || 'this kind of'} devices. Nothing was sent.`,
  alreadyLocked: ({ delivered }) =>
    `This Mac already has a remote lock (${delivered ? 'locked' : 'not delivered yet'}). ` +
    'Use its PIN: a second lock fails on the Mac and the PIN it is waiting for is lost. Lock again only on purpose.',
  secretOff: ({ kind }) => `Revealing the ${SECRET_KINDS_INFO[kind].name} is turned off for this kiosk.`,
  secretNotForDevice: ({ kind, os }) => `A ${os || 'device of this kind'} has no ${SECRET_KINDS_INFO[kind].name}.`,
  secretNotHeld: ({ kind }) => NOT_HELD[kind],
  secretOffline: ({ kind, keptOffline }) =>
    keptOffline
      ? `Microsoft Graph cannot be reached and this kiosk has no saved ${SECRET_KINDS_INFO[kind].name} for this device. Try again when the network is back.`
      : `Microsoft Graph cannot be reached. The kiosk never keeps a ${SECRET_KINDS_INFO[kind].name} offline; try again when the network is back.`,
  secretForbidden: ({ kind, permission, roles }) =>
    `${SECRET_KINDS_INFO[kind].service} refused to show the ${SECRET_KINDS_INFO[kind].name}. The kiosk needs the ${permission} permission ` +
    `with admin consent, and your account needs ${roles.length > 1 ? 'one of these roles or role permissions' : 'this role permission'}: ${roles.join(', ')}.`,
  rotationOff: ({ kind }) =>
    `Rotating the ${SECRET_KINDS_INFO[kind].name} is turned off for this kiosk. Ask your IT administrator to rotate it in the Intune admin center.`,
  rotationNotForDevice: ({ kind, os }) => `A ${os || 'device of this kind'} has no ${SECRET_KINDS_INFO[kind].name} to rotate. Nothing was sent.`,
  rotationForbidden: ({ kind, permission, intunePermission }) =>
    `Intune refused to rotate the ${SECRET_KINDS_INFO[kind].name}. Your account needs an Intune role with "Remote tasks: ${intunePermission}" ` +
    `(Help Desk Operator or Endpoint Security Manager), and the kiosk the ${permission} permission with admin consent.`,
  rotationRefused: ({ kind }) =>
    (kind === 'bitlocker'
      ? 'Intune would not rotate the BitLocker keys of this device: it rotates them on Windows PCs only. '
      : 'Intune would not rotate the FileVault key of this Mac: it rotates it only on corporate-owned Macs encrypted by an Intune policy whose key Intune stores. ') +
    'Ask your IT administrator to rotate the key in the Intune admin center.',
  reasonRequired: () => 'Choose a reason for this reveal first.',
  reasonNotListed: () => 'Choose one of the reasons on the list.',
  revealNotRecorded: () => 'The kiosk could not record this reveal in its audit trail, so the PIN or secret stays hidden. Tell your IT administrator.',
  notSignedIn: () => 'Sign in with your work account to look up devices.',
  signInEnded: () => 'Your sign-in has ended. Sign in again to look up devices.',
  signInRefused: ({ reason, tryMethod }) => REFUSED[reason](tryMethod),
  signInCanceled: ({ why }) => CANCELED[why],
  signInTimedOut: ({ method }) =>
    method === 'broker'
      ? "Windows' sign-in did not finish in time. Start again; if it keeps happening, restart the kiosk."
      : `Nobody finished signing in ${method === 'window' ? 'in the sign-in window' : 'in the browser'} in time. Start again.`,
  deviceCodeExpired: () => 'The sign-in code expired before anyone used it. Start again for a new code.',
  signInNotOffered: ({ offered }) => `This kiosk does not offer that sign-in. Choose "${METHOD_NAMES[offered]}".`,
  signInPageFailed: ({ tryMethod }) => `This computer could not open the sign-in page. ${use(tryMethod, 'Restart the kiosk.')}`,
  signInServiceOffline: () =>
    'The kiosk cannot reach the Microsoft sign-in service. Check the network connection and try again; if it keeps happening, check "authority" and "tenantId" in the config file.',
  signInUnfinished: ({ entraCode }) =>
    `Sign-in did not finish.${entraCode === null ? '' : ` Entra ID answered AADSTS${entraCode}: look it up at https://login.microsoftonline.com/error?code=${entraCode}.`} Try again; if it keeps happening, restart the kiosk.`,
  demoNotNeeded: ({ tenant }) => `The kiosk already works for ${tenant}.`,
  noConfig: ({ path }) => `No tenant is configured: the config file ${path} does not exist. Your administrator sets it up (docs/deploy.md).`,
  demoDidNotStart: () => 'The demo tenant did not start. Close the kiosk and start it again.',
  cacheSetAside: () => 'The offline cache could not be read and was set aside. The kiosk starts with an empty cache.',
  cacheKeychainAway: () =>
    'The keychain did not answer, so the offline cache could not be read. It is kept for the next start; until then, offline answers cover this session only.',
  signInKeychainAway: () =>
    'The keychain did not answer, so the saved sign-in could not be read. It is kept for the next start; until then, sign-ins last until the kiosk closes.',
  signInsNotKept: ({ why }) =>
    ({
      noKeyring: 'This computer has no keyring to protect sign-ins, so the kiosk keeps them in memory only: sign in again after every restart.',
      noKeychain: "This computer's keychain is not available to the kiosk, so it keeps sign-ins in memory only: sign in again after every restart.",
      tenant: 'This tenant keeps sign-ins in memory only: they last until the kiosk closes.',
    })[why],
  kioskNoAnswer: () => 'The kiosk did not answer. Restart it if this keeps happening.',
  noBridge: () => 'This page must be opened by the kiosk app; it cannot reach Intune on its own.',
  internal: () => 'Something went wrong inside the kiosk. Try again; if it keeps happening, restart the kiosk.',
};

/** The core's English for a message: for its log, its errors' `message` and the tenant check's report. */
export function english(what: Message): string {
  return (ENGLISH[what.id] as (p: Message) => string)(what);
}
