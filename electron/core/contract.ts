// The kiosk's public API: every channel the renderer may invoke and every event it may receive.
// The router validates with these schemas, the preload and the test harness expose `KioskBridge`,
// and the renderer imports *types* from here (never runtime code).
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_request',
  'config_error',
  'not_signed_in',
  'consent_required',
  'forbidden',
  'not_found',
  'not_supported',
  'already_locked',
  'throttled',
  'offline',
  'timeout',
  'graph_error',
  'canceled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The sign-ins a kiosk can offer, in its order of preference: Windows' own sign-in (the WAM broker, or Company Portal
 * on a Mac where the admin opts in), a sign-in window of the kiosk's own, the system browser, a code entered on a phone.
 */
export const SIGN_IN_METHODS = ['broker', 'window', 'browser', 'deviceCode'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** Why Entra ID refused a sign-in, from its AADSTS number (electron/core/auth/refusals.ts). */
export const SIGN_IN_REFUSALS = [
  'consentMissing',
  'conditionalAccess',
  'deviceCodeBlocked',
  'securityDefaults',
  'deviceCodeRechecked',
  'deviceNotCompliant',
  'mfaRequired',
  'mfaRegistration',
  'notAssigned',
  'sessionExpired',
  'appNotFound',
  'publicClientOff',
  'tenantNotFound',
  'redirectUriMissing',
] as const;
export type SignInRefusalReason = (typeof SIGN_IN_REFUSALS)[number];

export const SignInRefusalSchema = z.object({
  reason: z.enum(SIGN_IN_REFUSALS),
  /** Entra's AADSTS number, for the admin; null where Entra gave none. */
  entraCode: z.number().int().nonnegative().nullable(),
  /** The sign-in that was refused. */
  method: z.enum(SIGN_IN_METHODS),
  /** Another sign-in this kiosk offers that can get past the refusal; null when none can. */
  tryMethod: z.enum(SIGN_IN_METHODS).nullable(),
});
export type SignInRefusal = z.infer<typeof SignInRefusalSchema>;

/** Graph's `actionState`, plus `unknown` for a value Graph adds before we know it. */
export const ACTION_STATES = ['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported', 'unknown'] as const;
export const ActionStateSchema = z.enum(ACTION_STATES);
export type ActionState = z.infer<typeof ActionStateSchema>;

const isoDate = z.iso.datetime({ offset: true });

/** A managed device, with Graph's field names. Absent text fields are ''. */
export const DeviceSchema = z.object({
  id: z.string(),
  deviceName: z.string(),
  serialNumber: z.string(),
  userPrincipalName: z.string(),
  operatingSystem: z.string(),
  osVersion: z.string(),
  model: z.string(),
  manufacturer: z.string(),
  /** null when the device never checked in. */
  lastSyncDateTime: isoDate.nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;

/** The latest remote lock sent to a device. Says whether a PIN exists, never what it is. */
export const RemoteLockStatusSchema = z.object({
  state: ActionStateSchema,
  startDateTime: isoDate.nullable(),
  lastUpdatedDateTime: isoDate.nullable(),
  hasPin: z.boolean(),
});
export type RemoteLockStatus = z.infer<typeof RemoteLockStatusSchema>;

/** Any other device action (wipe, retire, sync, …) as Graph reported it. */
export const DeviceActionSchema = z.object({
  actionName: z.string(),
  state: ActionStateSchema,
  startDateTime: isoDate.nullable(),
  lastUpdatedDateTime: isoDate.nullable(),
});
export type DeviceAction = z.infer<typeof DeviceActionSchema>;

/** Where an answer came from and when it was fetched from Graph. */
const Provenance = {
  source: z.enum(['graph', 'cache']),
  fetchedAt: isoDate,
};

export const SEARCH_KINDS = ['serial', 'name', 'user'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/** `auto` searches e-mail addresses by user, anything else by serial number and device name. */
export const SearchKindRequestSchema = z.enum(['auto', ...SEARCH_KINDS]);

/**
 * Characters no scanner or technician means to send, which would make a record read other than it is: controls (C0,
 * DEL, C1), format characters (zero-width, bidi overrides and isolates, byte-order mark) and line/paragraph separators.
 */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const SearchQuery = z
  .string()
  .trim()
  .min(1, 'searchBlank' satisfies ValidationMessage)
  .max(128, 'searchTooLong' satisfies ValidationMessage)
  .refine((s) => !UNSEEN.test(s), 'searchUnseen' satisfies ValidationMessage);

const DeviceId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'deviceIdInvalid' satisfies ValidationMessage);

/**
 * The secrets besides the Mac unlock PIN (which keeps `pin:reveal`) that a locked-out person may need at the counter.
 * Each needs its own permission and role, so each is switched on in the config (docs/entra-app-registration.md).
 */
export const SECRET_KINDS = ['bitlocker', 'laps', 'androidPasscode', 'activationLock', 'fileVault'] as const;
export const SecretKindSchema = z.enum(SECRET_KINDS);
export type SecretKind = z.infer<typeof SecretKindSchema>;

/**
 * The secrets Intune can replace on the device once one was seen: Graph beta's rotateBitLockerKeys and
 * rotateFileVaultKey. Each is offered only where the config turns it on (docs/entra-app-registration.md).
 */
/**
 * The languages the kiosk's screens speak. The renderer has one catalog for each (renderer/src/lib/i18n), the config may
 * fix the screen's (`languages.screen`) and lists those a revealed secret may be spelled out and read aloud in for the
 * person at the counter (`languages.visitor`).
 */
export const SCREEN_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type ScreenLanguage = (typeof SCREEN_LANGUAGES)[number];

export const ROTATABLE_KINDS = ['bitlocker', 'fileVault'] as const satisfies readonly SecretKind[];
export const RotatableKindSchema = z.enum(ROTATABLE_KINDS, { error: 'rotationKindInvalid' satisfies ValidationMessage });
export type RotatableKind = z.infer<typeof RotatableKindSchema>;
export const ROTATION_OFFERS = ['offer', 'remind', 'none'] as const;
export type RotationOffer = (typeof ROTATION_OFFERS)[number];

/** BitLocker recovery key ids are GUIDs; the recovery screen shows the first 8 characters. */
const BitLockerKeyId = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'keyIdInvalid' satisfies ValidationMessage);

export const REASON_MODES = ['off', 'optional', 'required'] as const;
export type ReasonMode = (typeof REASON_MODES)[number];

const RevealReason = z
  .string()
  .trim()
  .min(1, 'reasonBlank' satisfies ValidationMessage)
  .max(120, 'reasonTooLong' satisfies ValidationMessage)
  .refine((s) => !UNSEEN.test(s), 'reasonUnseen' satisfies ValidationMessage);

/**
 * What went wrong or what the technician should know, as a stable id with the facts its words need. The screen words
 * each in its language (renderer/src/lib/i18n: `messages`); the core keeps English for its log and the tenant check
 * (electron/core/messages.ts). Nothing but these facts crosses: never a text of the core's.
 */
const say = <I extends string, S extends z.ZodRawShape = Record<never, never>>(id: I, shape?: S) =>
  z.object({ id: z.literal(id), ...(shape ?? ({} as S)) }).strict();

const Kind = SecretKindSchema;
const Os = z.string().max(40);
const PermissionName = z.string().max(120);

/** The request itself was not usable: each rule of a channel's schema names one of these in its zod message. */
export const VALIDATION_MESSAGES = [
  'invalidRequest',
  'searchBlank',
  'searchTooLong',
  'searchUnseen',
  'deviceIdInvalid',
  'keyIdInvalid',
  'keyIdMissing',
  'keyIdNotBitLocker',
  'rotationKindInvalid',
  'reasonBlank',
  'reasonTooLong',
  'reasonUnseen',
  'devicesNone',
  'devicesTooMany',
  'devicesRepeated',
] as const;
export type ValidationMessage = (typeof VALIDATION_MESSAGES)[number];

export const MessageSchema = z.discriminatedUnion('id', [
  z.object({ id: z.enum(VALIDATION_MESSAGES) }).strict(),
  // Graph and Intune
  say('graphOffline'),
  say('graphTimeout', { seconds: z.number().int().positive() }),
  say('graphBusy', { seconds: z.number().int().nonnegative().nullable() }),
  say('kioskPacing', { seconds: z.number().int().positive() }),
  say('graphFailed', { status: z.number().int() }),
  say('graphLinkOutside'),
  say('unreadable', { what: z.enum(['answer', 'device', 'deviceList', 'bitlockerList', 'bitlockerKey', 'lapsPassword']) }),
  say('bitlockerGroupInvalid', { group: z.number().int().positive() }),
  say('intuneForbidden', { permissions: z.array(PermissionName) }),
  say('deviceGone'),
  say('differentDevice'),
  say('requestReplaced'),
  // The unlock PIN and the remote lock
  say('pinNotHeld'),
  say('pinOffline'),
  say('lockNotSaved'),
  say('remoteLockOff'),
  say('remoteLockUnsupported', { os: Os }),
  say('alreadyLocked', { delivered: z.boolean() }),
  // Secrets and key rotation
  say('secretOff', { kind: Kind }),
  say('secretNotForDevice', { kind: Kind, os: Os }),
  say('secretNotHeld', { kind: Kind }),
  say('secretOffline', { kind: Kind, keptOffline: z.boolean() }),
  say('secretForbidden', { kind: Kind, permission: PermissionName, roles: z.array(PermissionName) }),
  say('rotationOff', { kind: RotatableKindSchema }),
  say('rotationNotForDevice', { kind: RotatableKindSchema, os: Os }),
  say('rotationForbidden', { kind: RotatableKindSchema, permission: PermissionName, intunePermission: PermissionName }),
  say('rotationRefused', { kind: RotatableKindSchema }),
  say('reasonRequired'),
  say('reasonNotListed'),
  say('revealNotRecorded'),
  // Sign-in
  say('notSignedIn'),
  say('signInEnded'),
  say('signInRefused', { reason: z.enum(SIGN_IN_REFUSALS), tryMethod: z.enum(SIGN_IN_METHODS).nullable() }),
  say('signInCanceled', { why: z.enum(['technician', 'declined', 'replaced', 'windowClosed', 'closing', 'signedOut']) }),
  say('signInTimedOut', { method: z.enum(SIGN_IN_METHODS) }),
  say('deviceCodeExpired'),
  say('signInNotOffered', { offered: z.enum(SIGN_IN_METHODS) }),
  say('signInPageFailed', { tryMethod: z.enum(SIGN_IN_METHODS).nullable() }),
  say('signInServiceOffline'),
  say('signInUnfinished', { entraCode: z.number().int().nonnegative().nullable() }),
  say('demoNotNeeded', { tenant: z.string().max(200) }),
  say('noConfig', { path: z.string().max(1000) }),
  say('demoDidNotStart'),
  // Notices
  say('cacheSetAside'),
  say('cacheKeychainAway'),
  say('signInKeychainAway'),
  say('signInsNotKept', { why: z.enum(['noKeyring', 'noKeychain', 'tenant']) }),
  say('internal'),
  // The screen's own: the kiosk did not answer, or the page runs outside the kiosk.
  say('kioskNoAnswer'),
  say('noBridge'),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageId = Message['id'];
/** The message with id `I` (the request checks share one shape, their id one of several). */
export type MessageOf<I extends MessageId> = Message extends infer M ? (M extends { id: infer X } ? (I extends X ? M & { id: I } : never) : never) : never;
/** The facts a message carries, without its id. */
export type MessageParams<I extends MessageId> = Omit<MessageOf<I>, 'id'>;

export const KioskErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** What happened, for the screen to word. */
  what: MessageSchema,
  /** The core's English for the same, for logs; never shown on a screen in another language. */
  message: z.string(),
  retryAfterMs: z.number().int().nonnegative().optional(),
  /** A sign-in Entra ID refused: why, and what to try instead. */
  refusal: SignInRefusalSchema.optional(),
});
export type KioskError = z.infer<typeof KioskErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: KioskError };

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** `unconfigured`: a packaged kiosk without a config file, which says where the file belongs (`configPath`). */
  mode: z.enum(['demo', 'tenant', 'unconfigured']),
  configPath: z.string().optional(),
  tenantName: z.string(),
  features: z.object({ remoteLock: z.boolean() }),
  /**
   * The secret kinds switched on for this kiosk, whether each may be read aloud or kept offline, and what follows a
   * reveal: an offer to have Intune rotate the key (`offer`, where the config turns it on), a reminder to have it rotated
   * (`remind`, a key Intune can rotate), or nothing (`none`, a kind Intune does not rotate on request).
   */
  secrets: z.array(z.object({ kind: SecretKindSchema, readAloud: z.boolean(), offline: z.boolean(), rotation: z.enum(ROTATION_OFFERS) })),
  /** Whether a reveal asks for a reason, and the admin's list of reasons (empty: free text). */
  revealReason: z.object({ mode: z.enum(REASON_MODES), choices: z.array(z.string()) }),
  /**
   * The counter's timings from the config file: the return to the idle screen, how long a PIN (and any secret but a
   * BitLocker key) stays shown, and how long a BitLocker recovery key does.
   */
  screen: z.object({ idleResetMs: z.number().int().positive(), pinVisibleMs: z.number().int().positive(), recoveryKeyVisibleMs: z.number().int().positive() }),
  /** Whether the screen offers a spoken reading of the Mac PIN (config `pinReadAloud`). */
  pinReadAloud: z.boolean(),
  /**
   * The screen's language where the config fixes it (null: the machine's), and the languages a revealed secret may be
   * spelled out and read aloud in for the person at the counter (empty: none but the screen's).
   */
  languages: z.object({ screen: z.enum(SCREEN_LANGUAGES).nullable(), visitor: z.array(z.enum(SCREEN_LANGUAGES)) }),
  /** How long Intune answers a Mac's unlock PIN: as documented, and as seen (older PINs are called stale). */
  pinLifetimeDays: z.object({ documented: z.number().int().positive(), reliable: z.number().int().positive() }),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/**
 * Why Intune did not answer part of a search: it dropped the filter and sent devices that do not match
 * (`unfiltered`), or it kept sending further pages past what one search may ask for (`tooManyPages`).
 */
export const UNANSWERED_REASONS = ['unfiltered', 'tooManyPages'] as const;
export type UnansweredReason = (typeof UNANSWERED_REASONS)[number];

/** One clause of a search that Intune did not answer in full; none of its devices are in the result. */
export const UnansweredClauseSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** What was searched for: the query, or the serial number read from an Apple label. */
  value: z.string(),
  reason: z.enum(UNANSWERED_REASONS),
});
export type UnansweredClause = z.infer<typeof UnansweredClauseSchema>;

export const SearchResultSchema = z.object({
  query: z.string(),
  kinds: z.array(z.enum(SEARCH_KINDS)),
  /** What Intune answered in full; with `incomplete`, possibly not every device that matches. */
  devices: z.array(DeviceSchema),
  /** How device names were searched: by their start, or only in full where this tenant cannot search by prefix. */
  nameSearch: z.enum(['prefix', 'exact']).optional(),
  /** The clauses Intune did not complete: an empty `devices` then does not mean that no device matches. */
  incomplete: z.array(UnansweredClauseSchema).min(1).optional(),
  /** The query was an Apple label's S-prefixed barcode and this serial number (the label without its S) matched. */
  labelSerial: z.string().optional(),
  ...Provenance,
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** The latest PIN reveal the audit trail holds for a device, for "revealed by you at 10:02". */
export const LastRevealSchema = z.object({ at: isoDate, technician: z.string(), byYou: z.boolean() });
export type LastReveal = z.infer<typeof LastRevealSchema>;

export const BITLOCKER_VOLUME_TYPES = ['operatingSystemVolume', 'fixedDataVolume', 'removableDataVolume', 'unknown'] as const;

/** A BitLocker recovery key as listed for a device: its id (shown on the recovery screen) and drive, never the key. */
export const BitLockerKeyInfoSchema = z.object({
  id: z.string(),
  volumeType: z.enum(BITLOCKER_VOLUME_TYPES),
  createdDateTime: isoDate.nullable(),
});
export type BitLockerKeyInfo = z.infer<typeof BitLockerKeyInfoSchema>;

/** A secret that exists for this device and may be revealed. Never its value. */
export const SecretOfferSchema = z.object({
  kind: SecretKindSchema,
  /** When it was stored or last changed, where Graph says (LAPS backup, passcode reset); null otherwise. */
  updatedDateTime: isoDate.nullable(),
  /** BitLocker only: the device's recovery keys, newest first. */
  keys: z.array(BitLockerKeyInfoSchema).optional(),
  /** Why the kiosk could not check this secret (a missing permission, Graph busy); null when it could. */
  problem: KioskErrorSchema.nullable(),
});
export type SecretOffer = z.infer<typeof SecretOfferSchema>;

/** What Intune lets the counter do with this device, decided by the core from its platform. */
export const DeviceAllowsSchema = z.object({
  /** Intune can remote-lock it (Windows answers that it cannot). */
  remoteLock: z.boolean(),
  /** Its lock screen asks for Intune's unlock PIN (a Mac); an iPhone, iPad or Android asks for its own passcode. */
  lockScreenPin: z.boolean(),
});
export type DeviceAllows = z.infer<typeof DeviceAllowsSchema>;

/**
 * The latest remote lock as an outcome for the counter: `locked` (delivered), `pinGone` (a Mac locked, but Intune no
 * longer answers its PIN), `locking` (being applied), `waiting` (for the device to come online), `noProgress` (waiting
 * for days), `canceled`, `failed`, `notSupported`, `unknown`.
 */
export const LOCK_OUTCOMES = ['locked', 'pinGone', 'locking', 'waiting', 'noProgress', 'canceled', 'failed', 'notSupported', 'unknown'] as const;
export type LockOutcomeKind = (typeof LOCK_OUTCOMES)[number];

export const LockOutcomeSchema = z.object({
  kind: z.enum(LOCK_OUTCOMES),
  /** Whole days since the lock was sent, when the answer was fetched. */
  daysSinceSent: z.number().int().nonnegative().nullable(),
  /** Whether the unlock PIN is offered: the device's lock screen takes it, Intune holds one, and the lock was not canceled. */
  pinOffered: z.boolean(),
  /** When the PIN is to be called stale (Intune may no longer hold it); null when no PIN is offered. */
  pinStaleAfter: isoDate.nullable(),
  /** The newest other action sent to the device after this lock: on a Mac it replaced the PIN. */
  laterAction: DeviceActionSchema.nullable(),
});
export type LockOutcome = z.infer<typeof LockOutcomeSchema>;

/** A device as read from Graph or the cache, before the core says what it allows. */
export const DeviceRecordSchema = z.object({
  device: DeviceSchema,
  remoteLock: RemoteLockStatusSchema.nullable(),
  otherActions: z.array(DeviceActionSchema),
  /** The secrets of the kinds switched on that exist for this device (absent in answers from older caches). */
  secrets: z.array(SecretOfferSchema).optional(),
  ...Provenance,
  /** Set on devices:get answers; absent in devices:updated events. */
  lastReveal: LastRevealSchema.nullable().optional(),
});
export type DeviceRecord = z.infer<typeof DeviceRecordSchema>;

export const DeviceDetailsSchema = DeviceRecordSchema.extend({
  allows: DeviceAllowsSchema,
  /** The latest remote lock as an outcome with its next step; null when none was sent. */
  lockOutcome: LockOutcomeSchema.nullable(),
});
export type DeviceDetails = z.infer<typeof DeviceDetailsSchema>;

/**
 * Rows of a match list whose lock one `devices:lockStates` reads, each with a GET by id: at most a fifth of a kiosk's
 * default request budget (100 per 20 s), so the technician's next search is never kept waiting.
 */
export const LOCK_STATES_MAX = 20;
/** The renderer names this in its own constant's type, so the two cannot drift apart. */
export type LockStatesMax = typeof LOCK_STATES_MAX;

/** One listed device's lock, as the device screen would show it, or why it could not be read. */
export const DeviceLockStateSchema = z.object({
  id: z.string(),
  /** The device's answers for its lock, from Intune or (offline) the cache; null when they could not be read. */
  state: DeviceDetailsSchema.pick({ allows: true, remoteLock: true, lockOutcome: true, source: true, fetchedAt: true }).nullable(),
  /** Why `state` is null: Intune refused or failed this read, or cannot be reached and the cache does not hold the device. */
  problem: KioskErrorSchema.nullable(),
});
export type DeviceLockState = z.infer<typeof DeviceLockStateSchema>;

export const RemoteLockSentSchema = z.object({
  id: z.string(),
  /** The lock as Intune reports it right after sending; `devices:updated` follows until it settles. */
  remoteLock: RemoteLockStatusSchema.nullable(),
});
export type RemoteLockSent = z.infer<typeof RemoteLockSentSchema>;

export const RevealedPinSchema = z.object({
  id: z.string(),
  pin: z.string(),
  lastUpdatedDateTime: isoDate.nullable(),
  ...Provenance,
  /** This reveal, as the audit trail recorded it. */
  lastReveal: LastRevealSchema.nullable().optional(),
});
export type RevealedPin = z.infer<typeof RevealedPinSchema>;

export const RevealedSecretSchema = z.object({
  id: z.string(),
  kind: SecretKindSchema,
  /** BitLocker: the recovery key id the secret belongs to; null for other kinds. */
  keyId: z.string().nullable(),
  /** BitLocker: the drive the key opens (absent for other kinds, and in answers from older caches). */
  volumeType: z.enum(BITLOCKER_VOLUME_TYPES).optional(),
  secret: z.string(),
  /** LAPS: the local administrator account the password is for; null for other kinds. */
  account: z.string().nullable(),
  /** When the secret was created or backed up, where Graph says. */
  updatedDateTime: isoDate.nullable(),
  ...Provenance,
  /** This reveal, as the audit trail recorded it. */
  lastReveal: LastRevealSchema.nullable().optional(),
});
export type RevealedSecret = z.infer<typeof RevealedSecretSchema>;

/** Intune took the request to replace a key; the device makes the new one when it next checks in. */
export const RotationSentSchema = z.object({
  id: z.string(),
  kind: RotatableKindSchema,
  /** When the kiosk sent the request. */
  sentAt: isoDate,
});
export type RotationSent = z.infer<typeof RotationSentSchema>;

/** Why a session ended: the technician signed out, the shift ran out, nobody used the kiosk, or Entra ID ended it. */
export const SIGN_OUT_REASONS = ['technician', 'shiftEnded', 'idle', 'sessionExpired'] as const;
export type SignOutReason = (typeof SIGN_OUT_REASONS)[number];
export const TOKEN_PROTECTIONS = ['os', 'basic_text', 'none', 'aes-gcm-key-file'] as const;

/** Who is signed in and how the session is kept. Names the technician; never carries a token. */
export const AuthStatusSchema = z.object({
  state: z.enum(['signedOut', 'signingIn', 'signedIn']),
  /** The sign-in in progress, while `state` is `signingIn`. */
  method: z.enum(SIGN_IN_METHODS).nullable(),
  technician: z.object({ name: z.string(), username: z.string() }).nullable(),
  signedInAt: isoDate.nullable(),
  /** When the kiosk signs the technician out because the shift is over. */
  shiftEndsAt: isoDate.nullable(),
  /** How long the kiosk may stand unused before it signs the technician out. */
  idleSignOutMs: z.number().int().positive(),
  /** The sign-ins this kiosk offers, the recommended one first (docs/deploy.md: which one passes which policy). */
  methods: z.array(z.enum(SIGN_IN_METHODS)).min(1),
  /** How the last session ended and when, so the sign-in screen can say why (shift over, idle, expired). */
  lastSignOut: z
    .object({
      reason: z.enum(SIGN_OUT_REASONS),
      at: isoDate,
      /** Entra ID ended the session with a refusal (sign-in frequency, a device-code session re-checked, MFA). */
      refusal: SignInRefusalSchema.optional(),
    })
    .nullable(),
  tokenCache: z.object({
    /** Whether a sign-in survives a restart of the kiosk. */
    persisted: z.boolean(),
    protection: z.enum(TOKEN_PROTECTIONS),
    /** Why sign-ins are not kept, for the technician; null when they are. */
    note: MessageSchema.nullable(),
  }),
});
export type AuthStatus = z.infer<typeof AuthStatusSchema>;

/** A QR code as one SVG path in module units: draw it with `<path d>` on a `size`×`size` white square. */
export const QrCodeSchema = z.object({
  size: z.number().int().positive(),
  path: z.string().regex(/^[Mhvz0-9 -]*$/),
});

export const DeviceCodeSchema = z.object({
  userCode: z.string(),
  verificationUri: z.url({ protocol: /^https$/ }),
  expiresAt: isoDate,
  /** Entra ID's own instruction, in its words. */
  message: z.string(),
  /** The verification address as a QR code, for the technician's phone. */
  qr: QrCodeSchema,
});
export type DeviceCode = z.infer<typeof DeviceCodeSchema>;

export const channels = {
  'app:info': { request: z.object({}).strict(), response: AppInfoSchema },
  /** A packaged kiosk without a config file: the technician chose the built-in demo tenant (electron/shell/first-run.ts). */
  'app:startDemo': { request: z.object({}).strict(), response: z.object({ started: z.literal(true) }) },
  'devices:search': {
    request: z.object({ query: SearchQuery, kind: SearchKindRequestSchema.optional() }).strict(),
    response: SearchResultSchema,
  },
  'devices:get': { request: z.object({ id: DeviceId }).strict(), response: DeviceDetailsSchema },
  /** The lock of each device of a match list (a list of two or more); a row that cannot be read has its own problem. */
  'devices:lockStates': {
    request: z
      .object({
        ids: z
          .array(DeviceId)
          .min(1, 'devicesNone' satisfies ValidationMessage)
          .max(LOCK_STATES_MAX, 'devicesTooMany' satisfies ValidationMessage)
          .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, 'devicesRepeated' satisfies ValidationMessage),
      })
      .strict(),
    response: z.object({ states: z.array(DeviceLockStateSchema) }),
  },
  'devices:remoteLock': {
    request: z.object({ id: DeviceId, force: z.boolean().optional() }).strict(),
    response: RemoteLockSentSchema,
  },
  'pin:reveal': { request: z.object({ id: DeviceId, reason: RevealReason.optional() }).strict(), response: RevealedPinSchema },
  /** Every other secret: one audited reveal (a BitLocker key also needs the key id). The only way such a secret leaves the core. */
  'secrets:reveal': {
    request: z
      .object({ id: DeviceId, kind: SecretKindSchema, keyId: BitLockerKeyId.optional(), reason: RevealReason.optional() })
      .strict()
      .refine((r) => r.kind !== 'bitlocker' || r.keyId !== undefined, 'keyIdMissing' satisfies ValidationMessage)
      .refine((r) => r.kind === 'bitlocker' || r.keyId === undefined, 'keyIdNotBitLocker' satisfies ValidationMessage),
    response: RevealedSecretSchema,
  },
  /** Asks Intune to replace a revealed BitLocker or FileVault key; refused unless the config turns rotation on. Audited. */
  'secrets:rotate': { request: z.object({ id: DeviceId, kind: RotatableKindSchema }).strict(), response: RotationSentSchema },
  'auth:status': { request: z.object({}).strict(), response: AuthStatusSchema },
  /** Answers when the sign-in ends (for `deviceCode`, after `auth:deviceCode` and the technician's approval). */
  'auth:signIn': { request: z.object({ method: z.enum(SIGN_IN_METHODS) }).strict(), response: AuthStatusSchema },
  'auth:cancel': { request: z.object({}).strict(), response: AuthStatusSchema },
  /** Removes the account and wipes the token cache. */
  'auth:signOut': { request: z.object({}).strict(), response: AuthStatusSchema },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Channel = keyof typeof channels;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;

export const events = {
  /** Whether Graph answered the last request; sent when that changes. */
  'app:status': z.object({ online: z.boolean(), since: isoDate }),
  /** Something the technician should hear about once, e.g. an unreadable offline cache that was set aside. */
  'app:notice': z.object({ what: MessageSchema, message: z.string() }),
  /** The sign-in state changed (signed in, signing in, signed out by the technician or by the kiosk). */
  'auth:changed': AuthStatusSchema,
  /** A device-code sign-in started: show the code, the address and its QR code, and count down to `expiresAt`. */
  'auth:deviceCode': DeviceCodeSchema,
  /** A device changed while the kiosk watched it (a remote lock being delivered); `settled` ends the watch. */
  'devices:updated': z.object({ details: DeviceDetailsSchema, settled: z.boolean() }),
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type KioskEvent = { [E in EventName]: { name: E; payload: z.output<(typeof events)[E]> } }[EventName];

/** What the renderer sees as `window.kiosk`: the preload in Electron, the harness in tests and preview. */
export interface KioskBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe(listener: (event: KioskEvent) => void): () => void;
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
