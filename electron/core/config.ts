// The machine-wide config file: its schema (also published as build/config.schema.json), where it lives on each OS,
// and a loader whose every error names the field and says how to fix it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SCREEN_LANGUAGES, SIGN_IN_METHODS, type RotatableKind, type SecretKind } from './contract';
import { ROTATION, SECRET_DEFAULTS } from './secrets';
import { PUBLIC_AUTHORITY_HOST, PUBLIC_GRAPH_URL } from './microsoft';
import { SETTING_DEFAULTS, type KioskSettings } from './settings';
import { configuredTenant, publicAuthority } from './tenant';

export const CONFIG_ENV_VAR = 'UNLOCK_PIN_KIOSK_CONFIG';
export const CONFIG_ARG = '--config';

/** How to fix a field whose fix its type does not tell (FIELD_FIX). */
const fixes = z.registry<{ fix: string }>();
const fix = <T extends z.ZodType>(schema: T, text: string): T => {
  fixes.add(schema, { fix: text });
  return schema;
};
const HOUR_MS = 3_600_000;

// No regex flags: these patterns are copied into the JSON Schema, where flags do not exist.
const GUID_SOURCE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const DOMAIN_SOURCE = '(?=.{4,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}';
const GUID = new RegExp(`^${GUID_SOURCE}$`);
const TENANT = new RegExp(`^(${GUID_SOURCE}|${DOMAIN_SOURCE})$`);

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const httpsUrl = z
  .string()
  .refine((v) => parseUrl(v)?.protocol === 'https:' && !parseUrl(v)?.search && !parseUrl(v)?.hash, {
    error: 'must be an https:// URL without ?query or #fragment',
  })
  .meta({ format: 'uri', pattern: '^https://' });

const graphUrl = z.string().refine(
  (v) => {
    const u = parseUrl(v);
    if (!u || u.search || u.hash) return false;
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
  },
  { error: 'must be an https:// URL (plain http:// only for a loopback test host such as http://127.0.0.1:8080/v1.0)' },
).meta({ format: 'uri', pattern: '^(https://|http://(localhost|127\\.[0-9.]+|\\[::1\\])(:[0-9]+)?(/|$))' });

const wholeNumber = (min: number, max: number, what: string) => {
  const error = `must be a whole number ${what}from ${min} to ${max}`;
  return z.int({ error }).min(min, { error }).max(max, { error });
};

const onOff = (what: string) => z.boolean({ error: 'must be true or false' }).describe(what);

/** One secret kind's switches. Every kind is off until the admin turns it on: each needs its own permission and role. */
const kindSwitches = (kind: SecretKind, what: string) => ({
  enabled: onOff(`Offer ${what} at the counter.`).default(false),
  readAloud: onOff('Offer a spoken reading of the secret, character by character.').default(SECRET_DEFAULTS[kind].readAloud),
  offline: onOff(
    'Keep a revealed secret in the encrypted offline cache (same encryption and age limit as PINs) for when Graph cannot be reached.',
  ).default(SECRET_DEFAULTS[kind].offline),
});
const secretKind = (kind: SecretKind, what: string) => z.strictObject(kindSwitches(kind, what)).prefault({}).describe(what);
/** A key Intune can replace once it was seen (Graph beta): rotation is off until the admin turns it on. */
const rotatableKind = (kind: RotatableKind, what: string) =>
  z
    .strictObject({
      ...kindSwitches(kind, what),
      rotate: onOff(
        `After a key is revealed, offer to have Intune rotate it (Graph beta; needs ${ROTATION[kind].scope} and the Intune permission "Remote tasks: ${ROTATION[kind].intunePermission}"). Off: the screen reminds the technician to have it rotated.`,
      ).default(SECRET_DEFAULTS[kind].rotate),
    })
    .prefault({})
    .describe(what);

const LANGUAGE_LIST = SCREEN_LANGUAGES.map((l) => `"${l}"`).join(', ');
const screenLanguage = z.enum(SCREEN_LANGUAGES, { error: `must be one of ${LANGUAGE_LIST}` });

const reasonText = z.string().trim().min(1, { error: 'must not be empty' }).max(80, { error: 'must be at most 80 characters' });

export const KioskConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Where editors find this schema; ignored by the kiosk.'),
    tenantId: fix(
      z
        .string()
        .regex(TENANT, { error: "must be the Directory (tenant) ID, a GUID, or the tenant's primary domain" })
        .describe('Directory (tenant) ID from the Entra admin center, or the primary domain such as contoso.onmicrosoft.com.'),
      'Copy "Directory (tenant) ID" from the Entra admin center (Identity › Overview).',
    ),
    clientId: fix(
      z.string().regex(GUID, { error: 'must be a GUID' }).describe("Application (client) ID of the kiosk's app registration in Entra ID."),
      'Copy "Application (client) ID" from the kiosk\'s app registration (Entra admin center › App registrations).',
    ),
    tenantName: fix(
      z.string().trim().min(1).max(80).optional().describe('Name shown on screen; defaults to the tenant ID.'),
      'Use 1 to 80 characters, or remove the field.',
    ),
    authority: fix(
      httpsUrl.optional().describe(`Sign-in authority; defaults to ${PUBLIC_AUTHORITY_HOST}/<tenantId>. Set it only for a national cloud.`),
      `Remove the field to use ${PUBLIC_AUTHORITY_HOST}/<tenantId>.`,
    ),
    graphBaseUrl: fix(
      graphUrl.optional().describe(`Microsoft Graph base URL; defaults to ${PUBLIC_GRAPH_URL}. Set it only for a national cloud.`),
      `Remove the field to use ${PUBLIC_GRAPH_URL}.`,
    ),
    remoteLock: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .describe('Lets technicians send a remote lock; needs the DeviceManagementManagedDevices.PrivilegedOperations.All permission.'),
    secrets: z
      .strictObject({
        bitlocker: rotatableKind('bitlocker', 'BitLocker recovery keys (needs BitLockerKey.Read.All and an Entra role that may read keys)'),
        laps: secretKind('laps', 'Windows LAPS local administrator passwords (needs DeviceLocalCredential.Read.All and an Entra role)'),
        androidPasscode: secretKind('androidPasscode', 'Android Enterprise temporary passcodes (DeviceManagementManagedDevices.Read.All, as the PIN)'),
        activationLock: secretKind('activationLock', 'Activation Lock bypass codes of supervised Apple devices (DeviceManagementManagedDevices.Read.All)'),
        fileVault: rotatableKind('fileVault', 'macOS FileVault personal recovery keys (Graph beta; needs DeviceManagementManagedDevices.PrivilegedOperations.All)'),
      })
      .prefault({})
      .describe('The secrets besides the Mac unlock PIN that technicians may reveal, each off unless enabled.')
      .register(fixes, { fix: 'Write an object such as { "bitlocker": { "enabled": true } }; each kind takes enabled, readAloud and offline, and bitlocker and fileVault also rotate (true or false).' }),
    revealReason: z
      .strictObject({
        mode: z
          .enum(['off', 'optional', 'required'], { error: 'must be "off", "optional" or "required"' })
          .default('off')
          .describe('Whether a reveal asks the technician for a reason, which the audit trail records.'),
        choices: z
          .array(reasonText, { error: 'must be a list of texts' })
          .max(20, { error: 'may hold at most 20 reasons' })
          .default([])
          .describe('The reasons to choose from; an empty list lets the technician type one.'),
      })
      .prefault({})
      .describe('A reason for every reveal (PINs and secrets), as BitLocker help-desk portals ask.')
      .register(fixes, { fix: 'Write an object such as { "mode": "required", "choices": ["Locked out", "Forgot password"] }.' }),
    kiosk: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .describe("Kiosk mode for a public counter: full screen, no menu or shortcuts out, sign-in without the system browser. Locking the computer down is up to the OS (docs/deploy.md)."),
    signIn: z
      .strictObject({
        methods: z
          .array(z.enum(SIGN_IN_METHODS, { error: `must each be one of ${SIGN_IN_METHODS.map((m) => `"${m}"`).join(', ')}` }), { error: 'must be a list' })
          .min(1, { error: 'must name at least one sign-in' })
          .optional()
          .describe(
            'The sign-ins offered, the recommended one first. Default: "broker" (Windows) then "window" in kiosk mode, "broker" (Windows), "browser" and "window" otherwise. "deviceCode" only where listed; "browser" never in kiosk mode.',
          ),
        federationHosts: z
          .array(z.string().regex(new RegExp(`^${DOMAIN_SOURCE}$`), { error: 'must be a host name such as adfs.contoso.com' }), { error: 'must be a list of host names' })
          .max(20, { error: 'may hold at most 20 hosts' })
          .default([])
          .describe("Hosts the kiosk's sign-in window may show besides Entra ID's: your federation service (ADFS, Okta, Ping…)."),
        macBroker: onOff("macOS: sign in through Company Portal's Enterprise SSO broker (opt-in; docs/deploy.md §4).").default(false),
      })
      .prefault({})
      .describe('How technicians sign in (docs/deploy.md §4: which sign-in passes which Conditional Access policy).')
      .register(fixes, { fix: 'Write an object such as { "methods": ["broker", "window"], "federationHosts": ["adfs.contoso.com"] }.' }),
    idleResetSeconds: wholeNumber(15, 3600, 'of seconds ')
      .default(SETTING_DEFAULTS.idleResetMs / 1000)
      .describe('Untouched for this long, the kiosk hides any PIN and returns to the search.'),
    pinVisibleSeconds: wholeNumber(5, 600, 'of seconds ').default(SETTING_DEFAULTS.pinVisibleMs / 1000).describe('How long a revealed PIN stays on screen.'),
    recoveryKeyVisibleSeconds: wholeNumber(5, 900, 'of seconds ')
      .default(SETTING_DEFAULTS.recoveryKeyVisibleMs / 1000)
      .describe('How long a revealed BitLocker recovery key (48 digits) stays on screen; the other secrets follow pinVisibleSeconds.'),
    shiftHours: z
      .number({ error: 'must be a number of hours from 1 to 24' })
      .min(1, { error: 'must be a number of hours from 1 to 24' })
      .max(24, { error: 'must be a number of hours from 1 to 24' })
      .default(SETTING_DEFAULTS.shiftMs / HOUR_MS)
      .describe('The technician is signed out this long after signing in.'),
    signOutIdleMinutes: wholeNumber(1, 480, 'of minutes ')
      .default(SETTING_DEFAULTS.signOutIdleMs / 60_000)
      .describe('The technician is signed out after this long without a lookup.'),
    pinReadAloud: onOff('Offer a spoken reading of the Mac unlock PIN, digit by digit (each secret kind has its own readAloud).').default(true),
    languages: z
      .strictObject({
        screen: screenLanguage
          .optional()
          .describe("The language of the kiosk's screens. Leave it out to follow the computer's language; set it where the computer's language is not the technicians'."),
        visitor: z
          .array(screenLanguage, { error: 'must be a list of language codes' })
          .refine((list) => new Set(list).size === list.length, { error: 'must name each language once' })
          .default([...SETTING_DEFAULTS.visitorLanguages])
          .describe(
            "The languages a revealed PIN or secret may be spelled out and read aloud in for the person at the counter, while the technician's screen stays in its own. An empty list turns the choice off.",
          ),
      })
      .prefault({})
      .describe('The languages of the screen and of the spelled-out and spoken secrets.')
      .register(fixes, { fix: 'Write an object such as { "screen": "de", "visitor": ["fr", "es", "en"] }.' }),
    allowPlaintextTokenCache: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .describe('Linux without a keyring only: keep sign-in tokens on disk unencrypted rather than in memory. Leave false.')
      .register(fixes, { fix: 'Write true or false without quotes; leave it false unless the kiosk cannot keep anyone signed in.' }),
    requestBudget: wholeNumber(1, 2000, '')
      .default(SETTING_DEFAULTS.requestBudget)
      .describe("Graph requests this kiosk may send per 20 seconds; every kiosk of the tenant shares the app's 2000."),
  })
  .meta({ title: 'Unlock PIN Kiosk configuration', description: 'Machine-wide settings of the Unlock PIN Kiosk.' });

export type KioskConfigFile = z.input<typeof KioskConfigSchema>;
/** The validated file with defaults filled in and URLs normalised. */
export type KioskConfig = Omit<z.output<typeof KioskConfigSchema>, '$schema' | 'authority' | 'graphBaseUrl'> & {
  authority: string;
  graphBaseUrl: string;
};

export type ConfigSource = 'argument' | 'environment' | 'default';

export type LoadConfigResult =
  | { ok: true; config: KioskConfig | null; path: string; source: ConfigSource }
  | { ok: false; path: string; source: ConfigSource; message: string };

export interface LoadConfigOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
}

/** The documented machine-wide location on each OS. */
export function defaultConfigPath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>> = {}): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData', 'UnlockPinKiosk', 'config.json');
  if (platform === 'darwin') return '/Library/Application Support/UnlockPinKiosk/config.json';
  return '/etc/unlock-pin-kiosk/config.json';
}

/** `--config <path>` or `--config=<path>`, then the environment variable, then the OS default. */
export function findConfigPath({ argv, env, platform }: LoadConfigOptions): { path: string; source: ConfigSource } | { error: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === CONFIG_ARG) {
      const next = argv[i + 1];
      if (!next || next.startsWith('--')) return { error: `${CONFIG_ARG} needs a file path after it, for example ${CONFIG_ARG} "${defaultConfigPath(platform, env)}".` };
      return { path: next, source: 'argument' };
    }
    if (arg.startsWith(`${CONFIG_ARG}=`)) {
      const value = arg.slice(CONFIG_ARG.length + 1);
      if (!value) return { error: `${CONFIG_ARG}= needs a file path after the equals sign.` };
      return { path: value, source: 'argument' };
    }
  }
  const fromEnv = env[CONFIG_ENV_VAR];
  if (fromEnv) return { path: fromEnv, source: 'environment' };
  return { path: defaultConfigPath(platform, env), source: 'default' };
}

/**
 * How to fix each field, in the loader's messages. A true-or-false or number field's fix comes from its schema (its
 * default included); the others say it in words.
 */
const FIELD_FIX: Record<string, string> = Object.fromEntries(
  Object.entries(KioskConfigSchema.shape).map(([field, schema]) => [field, fixes.get(schema)?.fix ?? typedFix(schema)]),
);

function typedFix(schema: z.ZodType): string {
  const def = schema.def as { type: string; defaultValue?: unknown; innerType?: z.ZodType };
  const inner = def.type === 'default' && def.innerType ? def.innerType.def.type : def.type;
  const orDefault = def.type === 'default' ? `, or remove the field for the default of ${String(def.defaultValue)}` : '';
  if (inner === 'boolean') return `Write true or false without quotes${orDefault}.`;
  if (inner === 'number') return `Write a number without quotes${orDefault}.`;
  return '';
}

const TYPE_WORDS: Record<string, string> = { string: 'text in double quotes', boolean: 'true or false', number: 'a number', int: 'a whole number' };

const KNOWN_FIELDS = Object.keys(KioskConfigSchema.shape);

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys' && issue.path.length > 0) {
    const where = issue.path.map(String).join('.');
    return issue.keys.map((key) => `"${where}.${key}" is not a known field. ${FIELD_FIX[String(issue.path[0])] ?? ''}`.trim()).join('\n');
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const near = KNOWN_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
        return near
          ? `"${key}" is not a known field. Did you mean "${near}"? Field names are case-sensitive.`
          : `"${key}" is not a known field. Remove it; the known fields are ${KNOWN_FIELDS.filter((f) => f !== '$schema').join(', ')}.`;
      })
      .join('\n');
  }
  const field = issue.path.map(String).join('.');
  if (!field) return 'The file must hold one JSON object, such as { "tenantId": "…", "clientId": "…" }.';
  const top = String(issue.path[0]);
  // zod's own wording starts with "Invalid input"; the schema's custom messages already read well.
  const generic = issue.code === 'invalid_type' && issue.message.startsWith('Invalid input');
  const problem = !generic ? issue.message : issue.input === undefined ? 'is required' : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  return `"${field}" ${problem}. ${FIELD_FIX[top] ?? ''}`.trim();
}

function decode(bytes: Buffer): string {
  // Windows PowerShell 5.1 writes UTF-16 with a byte-order mark by default, and UTF-8 often with one.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function jsonErrorAt(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}

/** Parses and validates the text of a config file. */
export function parseKioskConfig(text: string, file: string): { ok: true; config: KioskConfig } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `${file} is not valid JSON (${jsonErrorAt(text, error)}). Check quotes and commas; JSON allows no comments and no comma after the last field.`,
    };
  }
  const parsed = KioskConfigSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, message: `${file}:\n${parsed.error.issues.map(describeIssue).join('\n')}` };
  }
  const { $schema: _schema, authority, graphBaseUrl, tenantName, ...rest } = parsed.data;
  return {
    ok: true,
    config: {
      ...rest,
      ...(tenantName ? { tenantName } : {}),
      authority: (authority ?? publicAuthority(rest.tenantId)).replace(/\/+$/, ''),
      graphBaseUrl: (graphBaseUrl ?? PUBLIC_GRAPH_URL).replace(/\/+$/, ''),
    },
  };
}

/**
 * Finds and reads the config file. No file at the OS default path means demo mode (`config: null`); a path named by
 * `--config` or the environment must exist, since naming a file that is not there is a mistake.
 */
export function loadKioskConfig(options: LoadConfigOptions): LoadConfigResult {
  const found = findConfigPath(options);
  if ('error' in found) return { ok: false, path: '', source: 'argument', message: found.error };
  const { path: file, source } = found;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && source === 'default') return { ok: true, config: null, path: file, source };
    const named = source === 'argument' ? `named by ${CONFIG_ARG}` : `named by ${CONFIG_ENV_VAR}`;
    const message =
      code === 'ENOENT'
        ? `The config file ${file} (${named}) does not exist. Correct the path, or remove the setting to use ${defaultConfigPath(options.platform, options.env)}.`
        : code === 'EACCES' || code === 'EPERM'
          ? `The config file ${file} cannot be read by this user. Give all users read access to it (administrators keep write access).`
          : code === 'EISDIR'
            ? `${file} is a folder; the config must be a file named config.json inside it.`
            : `The config file ${file} cannot be read (${code ?? String(error)}).`;
    return { ok: false, path: file, source, message };
  }
  const parsed = parseKioskConfig(decode(bytes), file);
  return parsed.ok ? { ok: true, config: parsed.config, path: file, source } : { ok: false, path: file, source, message: parsed.message };
}

/** The JSON Schema of the file, generated from the same zod schema the kiosk validates with. */
export function kioskConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(KioskConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/**
 * What the core takes from a config file: its tenant and the admin's settings, in the core's units. Kiosk mode and the
 * sign-in methods, federation hosts and Mac broker are the shell's (electron/shell/browser.ts signInPorts).
 */
export function coreOptionsFromConfig(config: KioskConfig): KioskSettings {
  return {
    tenant: configuredTenant(config),
    features: { remoteLock: config.remoteLock },
    secrets: config.secrets,
    revealReason: config.revealReason,
    requestBudget: config.requestBudget,
    screen: {
      idleResetMs: config.idleResetSeconds * 1000,
      pinVisibleMs: config.pinVisibleSeconds * 1000,
      recoveryKeyVisibleMs: config.recoveryKeyVisibleSeconds * 1000,
    },
    pinReadAloud: config.pinReadAloud,
    languages: config.languages,
    signIn: {
      shiftMs: config.shiftHours * HOUR_MS,
      idleMs: config.signOutIdleMinutes * 60_000,
      allowPlaintextTokenCache: config.allowPlaintextTokenCache,
    },
  };
}
