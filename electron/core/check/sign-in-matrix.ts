// Which of the kiosk's sign-ins passes which Conditional Access control, from Microsoft's docs and the public reports in
// DESIGN.md §7. One table: the tenant check prints it and docs/deploy.md §4 carries it (test/check compares them).
// No tenant's policies are read; this says what each sign-in can bring to a policy, not what a policy asks for.
import type { SignInMethod } from '../contract';

export const CA_CONTROLS = ['mfa', 'phishingResistantMfa', 'compliantDevice', 'hybridJoinedDevice', 'deviceCodeBlocked'] as const;
export type CaControl = (typeof CA_CONTROLS)[number];

/** The controls as the admin center names them (Conditional Access › Grant, and Conditions › Authentication flows). */
export const CA_CONTROL_NAMES: Record<CaControl, string> = {
  mfa: 'MFA',
  phishingResistantMfa: 'Phishing-resistant MFA',
  compliantDevice: 'Compliant device',
  hybridJoinedDevice: 'Hybrid-joined device',
  deviceCodeBlocked: 'Device code blocked',
};

/**
 * `yes`: passes (under "Device code blocked": still works); `if`: passes with what `when` names; `untested`: expected
 * with it from Microsoft's docs, never tried with this kiosk.
 */
export interface CaPass {
  verdict: 'yes' | 'no' | 'if' | 'untested';
  when?: string;
}

export interface SignInMatrixRow {
  method: SignInMethod;
  /** The OS (and for the broker, the kind of PC) the row is about, in words. */
  where: string;
  /** The OSes the row applies to. */
  platforms: readonly NodeJS.Platform[];
  passes: Record<CaControl, CaPass>;
}

const yes: CaPass = { verdict: 'yes' };
const no: CaPass = { verdict: 'no' };
const when = (text: string): CaPass => ({ verdict: 'if', when: text });
const untested = (text: string): CaPass => ({ verdict: 'untested', when: text });
const ALL: readonly NodeJS.Platform[] = ['win32', 'darwin', 'linux'];

export const SIGN_IN_MATRIX: readonly SignInMatrixRow[] = [
  {
    // WAM brings the PC's device identity (its primary refresh token); Windows Hello for Business counts as MFA.
    method: 'broker',
    where: 'Windows, Entra-joined or hybrid-joined PC',
    platforms: ['win32'],
    passes: {
      mfa: yes,
      phishingResistantMfa: when('Windows Hello for Business, a FIDO2 security key or a passkey'),
      compliantDevice: when('a PC that Intune marks compliant'),
      hybridJoinedDevice: when('a hybrid-joined PC'),
      deviceCodeBlocked: yes,
    },
  },
  {
    // Answered "No, sign in to this app only", the PC stays unregistered, so it has no device identity to show.
    method: 'broker',
    where: 'Windows, PC not joined to the tenant',
    platforms: ['win32'],
    passes: {
      mfa: yes,
      phishingResistantMfa: when('a FIDO2 security key or a passkey'),
      compliantDevice: no,
      hybridJoinedDevice: no,
      deviceCodeBlocked: yes,
    },
  },
  {
    // Company Portal's Enterprise SSO broker: exists in msal-node-runtime's macOS builds, not in the brokering docs.
    method: 'broker',
    where: 'macOS, Company Portal (`macBroker`)',
    platforms: ['darwin'],
    passes: {
      mfa: yes,
      phishingResistantMfa: untested('a passkey or a FIDO2 security key'),
      compliantDevice: untested('an Intune-enrolled, compliant Mac'),
      hybridJoinedDevice: no,
      deviceCodeBlocked: yes,
    },
  },
  {
    // An Electron window brings no device identity (DESIGN.md §7); Windows' own WebAuthn gives it security keys.
    method: 'window',
    where: 'Windows',
    platforms: ['win32'],
    passes: { mfa: yes, phishingResistantMfa: when('a FIDO2 security key'), compliantDevice: no, hybridJoinedDevice: no, deviceCodeBlocked: yes },
  },
  {
    method: 'window',
    where: 'macOS, Linux',
    platforms: ['darwin', 'linux'],
    passes: { mfa: yes, phishingResistantMfa: untested('a USB FIDO2 security key'), compliantDevice: no, hybridJoinedDevice: no, deviceCodeBlocked: yes },
  },
  {
    // A browser passes device state where it can show the PC's or Mac's identity (CA's supported-browsers list).
    method: 'browser',
    where: 'any OS, outside kiosk mode',
    platforms: ALL,
    passes: {
      mfa: yes,
      phishingResistantMfa: when('a FIDO2 security key, a passkey or Windows Hello'),
      compliantDevice: when('a compliant device and a browser that shows it: Edge signed in with the work account, Chrome with Microsoft\'s extension, Safari with Company Portal'),
      hybridJoinedDevice: when('a hybrid-joined PC and such a browser'),
      deviceCodeBlocked: yes,
    },
  },
  {
    // The device that shows the code cannot prove its state to the one that signs in (CA grant docs).
    method: 'deviceCode',
    where: 'any OS, where `signIn.methods` lists it',
    platforms: ALL,
    passes: { mfa: yes, phishingResistantMfa: untested('a passkey on the phone that signs in'), compliantDevice: no, hybridJoinedDevice: no, deviceCodeBlocked: no },
  },
];

/** The rows for these sign-ins on these OSes, in the table's order. */
export function matrixRows(methods: readonly SignInMethod[], platforms: readonly NodeJS.Platform[]): SignInMatrixRow[] {
  return SIGN_IN_MATRIX.filter((row) => methods.includes(row.method) && row.platforms.some((p) => platforms.includes(p)));
}

/** What "yes" means in the table, said above it in the docs and the report. */
export const SIGN_IN_MATRIX_LEGEND = 'yes: the sign-in passes that control (under "Device code blocked": it still works); "with …": only with what it names; "untested": expected from Microsoft\'s docs, not tried with the kiosk.';

function cell(pass: CaPass): string {
  if (pass.verdict === 'if') return `with ${pass.when}`;
  if (pass.verdict === 'untested') return `untested: with ${pass.when}`;
  return pass.verdict;
}

/** The table as docs/deploy.md §4 carries it. */
export function signInMatrixMarkdown(): string {
  const header = ['Sign-in (`signIn.methods`)', 'Where', ...CA_CONTROLS.map((c) => CA_CONTROL_NAMES[c])];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of SIGN_IN_MATRIX) lines.push(`| \`${row.method}\` | ${row.where} | ${CA_CONTROLS.map((c) => cell(row.passes[c])).join(' | ')} |`);
  return lines.join('\n');
}

/** The rows as plain-text lines for the check's report: short marks in columns, each condition as a numbered note. */
export function signInMatrixText(rows: readonly SignInMatrixRow[]): string[] {
  const notes: string[] = [];
  const mark = (pass: CaPass) => {
    if (!pass.when) return pass.verdict;
    notes.push(`${pass.verdict === 'untested' ? 'expected with' : 'with'} ${pass.when}${pass.verdict === 'untested' ? ', not tried with the kiosk' : ''}`);
    return `${pass.verdict === 'if' ? 'with' : 'untested'} (${notes.length})`;
  };
  const table = [
    ['', ...CA_CONTROLS.map((c) => CA_CONTROL_NAMES[c])],
    ...rows.map((row) => [`${row.method} (${row.where.replace(/`/g, '')})`, ...CA_CONTROLS.map((c) => mark(row.passes[c]))]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((text, i) => text.padEnd(widths[i]!)).join('  ').trimEnd());
  return [...lines, ...notes.map((note, i) => `(${i + 1}) ${note}`), SIGN_IN_MATRIX_LEGEND];
}
