// The demo tenant's devices: about fifty Intune managedDevice objects shaped like Microsoft Graph v1.0 answers.
// Everything is deterministic: ids come from a hash of the device name, dates are offsets from `now`.
import type * as Graph from '@microsoft/microsoft-graph-types';

export const DEMO_TENANT_NAME = 'Contoso (demo)';

export type GraphActionState = Graph.ActionState;
export type GraphOperatingSystem = 'macOS' | 'iOS' | 'Android' | 'Windows';

/** The fields of a Graph type that the demo always fills: present, and null only where Graph's schema says so. */
export type Filled<T, K extends keyof T> = { [P in K]-?: NonNullable<T[P]> };

/** The `@odata.type` of the action results the demo writes (Graph's deviceActionResult and the subtypes it uses). */
export type GraphActionType =
  | '#microsoft.graph.deviceActionResult'
  | '#microsoft.graph.remoteLockActionResult'
  | '#microsoft.graph.resetPasscodeActionResult'
  | '#microsoft.graph.locateDeviceActionResult';

/**
 * A Graph `deviceActionResult` or one of its subtypes, typed by Microsoft's schema (@microsoft/microsoft-graph-types):
 * `unlockPin` is remoteLockActionResult's, `passcode` resetPasscodeActionResult's, `deviceLocation`
 * locateDeviceActionResult's. A base-type entry may leave out `@odata.type`: OData names the type only where it differs
 * from the declared one (OData JSON Format 4.01 §4.5.3, "Control Information: type").
 */
export type GraphDeviceActionResult = Filled<Graph.DeviceActionResult, 'actionName' | 'actionState' | 'startDateTime' | 'lastUpdatedDateTime'> &
  Pick<Graph.RemoteLockActionResult, 'unlockPin'> &
  Pick<Graph.ResetPasscodeActionResult, 'passcode'> &
  Pick<Graph.LocateDeviceActionResult, 'deviceLocation'> & { '@odata.type'?: GraphActionType };

/** An Intune `managedDevice` as Graph v1.0 returns it: the subset the demo tenant fills, by Microsoft's schema. */
export type GraphManagedDevice = Filled<
  Graph.ManagedDevice,
  | 'id'
  | 'userId'
  | 'deviceName'
  | 'managedDeviceOwnerType'
  | 'enrolledDateTime'
  | 'lastSyncDateTime'
  | 'complianceState'
  | 'jailBroken'
  | 'managementAgent'
  | 'osVersion'
  | 'azureADDeviceId'
  | 'emailAddress'
  | 'isSupervised'
  | 'isEncrypted'
  | 'userPrincipalName'
  | 'model'
  | 'manufacturer'
  | 'imei'
  | 'serialNumber'
  | 'totalStorageSpaceInBytes'
  | 'freeStorageSpaceInBytes'
> & {
  /** "0001-01-01T00:00:00Z" (GRAPH_NEVER) when the device never checked in. */
  lastSyncDateTime: string;
  operatingSystem: GraphOperatingSystem;
  /** null on devices without a primary user. */
  userDisplayName: string | null;
  deviceActionResults: GraphDeviceActionResult[];
};

export const GRAPH_NEVER = '0001-01-01T00:00:00Z';

/**
 * An action sent through the simulator (a remote lock, a key rotation) reaches the device at its next check-in, this
 * long after it was sent: Intune queues device actions until the device checks in.
 */
export const CHECK_IN_AFTER_MS = 30_000;

const REMOTE_LOCK = '#microsoft.graph.remoteLockActionResult';
const PLAIN_ACTION = '#microsoft.graph.deviceActionResult';
const LOCATE = '#microsoft.graph.locateDeviceActionResult';
const RESET_PASSCODE = '#microsoft.graph.resetPasscodeActionResult';

// Offsets are in minutes before `now`.
const MIN = 1;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

interface User {
  upn: string;
  name: string;
}

const user = (local: string, name: string): User => ({ upn: `${local}@contoso.com`, name });

const U = {
  johnSmith: user('john.smith', 'John Smith'),
  janeDoe: user('jane.doe', 'Jane Doe'),
  alexLee: user('alex.lee', 'Alex Lee'),
  siobhanOBrien: user("siobhan.o'brien", "Siobhan O'Brien"),
  raviKumar: user('ravi.kumar', 'Ravi Kumar'),
  mariaGarcia: user('maria.garcia', 'María García'),
  thanhNguyen: user('thanh.nguyen', 'Thanh Nguyen'),
  priyaWilson: user('priya.wilson', 'Priya Wilson'),
  danielKim: user('daniel.kim', 'Daniel Kim'),
  claireWhite: user('claire.white', 'Claire White'),
  luisMartin: user('luis.martin', 'Luis Martín'),
  hannahPatel: user('hannah.patel', 'Hannah Patel'),
  frontDesk: user('frontdesk', 'Front Desk'),
  samTaylor: user('sam.taylor', 'Sam Taylor'),
  oliviaBrown: user('olivia.brown', 'Olivia Brown'),
  noahDavis: user('noah.davis', 'Noah Davis'),
  emmaClark: user('emma.clark', 'Emma Clark'),
  kevinOsei: user('kevin.osei', 'Kevin Osei'),
  lauraSchmidt: user('laura.schmidt', 'Laura Schmidt'),
  marcoRossi: user('marco.rossi', 'Marco Rossi'),
  aishaBello: user('aisha.bello', 'Aisha Bello'),
  tomFischer: user('tom.fischer', 'Tom Fischer'),
  yukiTanaka: user('yuki.tanaka', 'Yuki Tanaka'),
  fatimaHaddad: user('fatima.haddad', 'Fatima Haddad'),
  peterNovak: user('peter.novak', 'Peter Novák'),
  graceLin: user('grace.lin', 'Grace Lin'),
  benCarter: user('ben.carter', 'Ben Carter'),
  sofiaAlvarez: user('sofia.alvarez', 'Sofia Alvarez'),
  omarFarouk: user('omar.farouk', 'Omar Farouk'),
  ninaPetrova: user('nina.petrova', 'Nina Petrova'),
  lucasSilva: user('lucas.silva', 'Lucas Silva'),
  hanaSato: user('hana.sato', 'Hana Sato'),
  marcusWebb: user('marcus.webb', 'Marcus Webb'),
  erikLund: user('erik.lund', 'Erik Lund'),
} satisfies Record<string, User>;

interface ActionSpec {
  type: GraphActionType | null;
  name: string;
  state: GraphActionState;
  started: number;
  updated: number;
  pin?: string | null;
  passcode?: null;
  location?: { lat: number; lon: number; accuracy: number } | null;
}

interface DeviceSpec {
  name: string;
  serial: string;
  user: User | null;
  os: GraphOperatingSystem;
  osVersion: string;
  model: string;
  manufacturer: string;
  /** Minutes since the last check-in, or 'never'. */
  synced: number | 'never';
  enrolled: number;
  compliance: Graph.ComplianceState;
  owner: Graph.ManagedDeviceOwnerType;
  actions: ActionSpec[];
  imei?: string;
}

function lock(state: GraphActionState, started: number, updated: number, pin?: string | null): ActionSpec {
  const spec: ActionSpec = { type: REMOTE_LOCK, name: 'remoteLock', state, started, updated };
  if (pin !== undefined) spec.pin = pin;
  return spec;
}

function act(name: string, state: GraphActionState, started: number, updated: number): ActionSpec {
  return { type: PLAIN_ACTION, name, state, started, updated };
}

function locate(state: GraphActionState, started: number, updated: number, location: ActionSpec['location']): ActionSpec {
  return { type: LOCATE, name: 'locateDevice', state, started, updated, location };
}

function resetPasscode(state: GraphActionState, started: number, updated: number): ActionSpec {
  return { type: RESET_PASSCODE, name: 'resetPasscode', state, started, updated, passcode: null };
}

/**
 * An entry of the base type without its `@odata.type`, as OData allows (JSON Format 4.01 §4.5.3). A subtype's fields
 * (a remote lock's unlockPin) come only with their type, unless the `untypedActions` quirk strips it (./filter.ts).
 */
function untyped(spec: ActionSpec): ActionSpec {
  if ('pin' in spec || 'passcode' in spec || 'location' in spec) throw new Error(`demo seed: ${spec.name} carries subtype fields, so it needs its @odata.type`);
  return { ...spec, type: null };
}

const MAC_MBP16_2019 = 'MacBook Pro (16-inch, 2019)';
const MAC_AIR_M2 = 'MacBook Air (13-inch, M2, 2022)';
const WIN11 = '10.0.22631.4169';
const WIN11_24H2 = '10.0.26100.1742';
const WIN10 = '10.0.19045.4780';

function mac(
  name: string,
  serial: string,
  owner: User | null,
  model: string,
  osVersion: string,
  actions: ActionSpec[],
  rest: Partial<DeviceSpec> = {},
): DeviceSpec {
  return {
    name,
    serial,
    user: owner,
    os: 'macOS',
    osVersion,
    model,
    manufacturer: 'Apple',
    synced: 35 * MIN,
    enrolled: 400 * DAY,
    compliance: 'compliant',
    owner: 'company',
    actions,
    ...rest,
  };
}

function ios(
  name: string,
  serial: string,
  owner: User | null,
  model: string,
  osVersion: string,
  actions: ActionSpec[],
  rest: Partial<DeviceSpec> = {},
): DeviceSpec {
  return mac(name, serial, owner, model, osVersion, actions, { os: 'iOS', ...rest });
}

function android(
  name: string,
  serial: string,
  owner: User | null,
  manufacturer: string,
  model: string,
  osVersion: string,
  actions: ActionSpec[],
  rest: Partial<DeviceSpec> = {},
): DeviceSpec {
  return mac(name, serial, owner, model, osVersion, actions, { os: 'Android', manufacturer, ...rest });
}

function windows(
  name: string,
  serial: string,
  owner: User | null,
  manufacturer: string,
  model: string,
  osVersion: string,
  actions: ActionSpec[],
  rest: Partial<DeviceSpec> = {},
): DeviceSpec {
  return mac(name, serial, owner, model, osVersion, actions, { os: 'Windows', manufacturer, ...rest });
}

const SPECS: readonly DeviceSpec[] = [
  // macOS
  mac('MBP-JSMITH', 'C02XK1ABJG5H', U.johnSmith, MAC_MBP16_2019, '14.6.1 (23G93)', [
    act('syncDevice', 'done', 3 * HOUR, 3 * HOUR - 2),
    lock('done', 2 * HOUR, 2 * HOUR - 3, '482913'),
  ]),
  mac('MBA-ALEE', 'FVFHK2QJQ6L4', U.alexLee, 'MacBook Air (M1, 2020)', '15.1 (24B83)', [
    lock('pending', 4 * MIN, 4 * MIN, '175204'),
  ]),
  mac("O'Brien-MBP", 'L9QX7F2KCW', U.siobhanOBrien, 'MacBook Pro (14-inch, 2023)', '14.7 (23H124)', [
    lock('done', 1 * DAY, 1 * DAY - 5, '630571'),
  ]),
  mac('MBP-RKUMAR', 'C02FK0AQMD6N', U.raviKumar, 'MacBook Pro (13-inch, 2020, Four Thunderbolt 3 ports)', '14.6.1 (23G93)', [
    lock('failed', 3 * DAY, 3 * DAY - 40, null),
    lock('done', 50 * MIN, 47 * MIN, '904218'),
  ]),
  mac('MBP-MGARCIA', 'K4WQ9Y7H2M', U.mariaGarcia, 'MacBook Pro (14-inch, M3, Nov 2023)', '15.0.1 (24A348)', [
    untyped(act('syncDevice', 'done', 2 * HOUR, 2 * HOUR - 1)),
    lock('done', 30 * MIN, 28 * MIN, '358126'),
  ]),
  mac('MBP-TNGUYEN', 'FVFF3L1KQ05D', U.thanhNguyen, 'MacBook Pro (13-inch, M1, 2020)', '14.5 (23F79)', [
    lock('canceled', 2 * DAY, 2 * DAY - 90, '219874'),
  ]),
  mac('MBP-PWILSON', 'J6D4TN9VXP', U.priyaWilson, 'MacBook Pro (16-inch, 2023)', '15.1 (24B83)', [
    lock('active', 12 * MIN, 11 * MIN, '771045'),
  ]),
  mac('MBP-DKIM', 'C02YL4P8JGH7', U.danielKim, 'MacBook Pro (15-inch, 2018)', '14.6.1 (23G93)', [
    lock('none', 5 * DAY, 5 * DAY, null),
  ], { compliance: 'noncompliant' }),
  mac('MBP-CWHITE', 'QX2M7R4V9T', U.claireWhite, 'MacBook Pro (14-inch, 2021)', '14.4.1 (23E224)', [
    lock('done', 41 * DAY, 41 * DAY - 12, '590312'),
  ], { synced: 41 * DAY + 30, compliance: 'noncompliant' }),
  mac('MBP-LMARTIN', 'M3N8V6C2XJ', U.luisMartin, 'MacBook Pro (14-inch, M3 Pro, Nov 2023)', '15.0 (24A335)', [
    lock('done', 6 * DAY, 6 * DAY - 4, '813307'),
    act('wipe', 'pending', 1 * DAY, 1 * DAY),
  ], { synced: 6 * DAY + 10 }),
  mac('MBP-ELUND', 'H4TC9LQ2MX', U.erikLund, 'MacBook Pro (14-inch, M2 Pro, 2023)', '14.6.1 (23G93)', [
    lock('done', 9 * DAY, 9 * DAY - 6, '267148'),
  ], { synced: 9 * DAY + 20 }),
  mac('MBP-JDOE', 'C02ZT1YHMD6M', U.janeDoe, 'MacBook Pro (13-inch, 2020, Two Thunderbolt 3 ports)', '14.7 (23H124)', [
    act('syncDevice', 'done', 1 * DAY, 1 * DAY - 1),
  ]),
  mac('IMAC-RECEPTION', 'C02X90KYJV40', U.frontDesk, 'iMac (Retina 5K, 27-inch, 2020)', '14.6.1 (23G93)', []),
  mac('MBA-HPATEL', 'R7T2W9K4LN', U.hannahPatel, 'MacBook Air (15-inch, M3, 2024)', '15.1 (24B83)', [], {
    synced: 'never',
    enrolled: 20 * MIN,
    compliance: 'unknown',
  }),
  mac('LOANER-MBA-01', 'F4K9P2L7QX', U.samTaylor, MAC_AIR_M2, '14.6.1 (23G93)', []),
  mac('LOANER-MBA-02', 'W2J8H5N3RT', U.oliviaBrown, MAC_AIR_M2, '14.6.1 (23G93)', [
    lock('done', 3 * HOUR, 3 * HOUR - 6, '046382'),
  ]),
  mac('LOANER-MBA-03', 'T6Y1C9M4ZD', null, MAC_AIR_M2, '14.5 (23F79)', [], { synced: 9 * DAY }),
  mac('LOANER-MBA-04', 'N8B3X6Q1VK', U.noahDavis, MAC_AIR_M2, '14.6.1 (23G93)', [
    lock('failed', 1 * DAY, 1 * DAY - 30, null),
  ]),
  mac('LOANER-MBA-05', 'D5R7L2H9WF', U.emmaClark, MAC_AIR_M2, '14.6.1 (23G93)', [
    act('syncDevice', 'done', 5 * HOUR, 5 * HOUR - 1),
  ]),

  // iOS and iPadOS
  ios("Jane Doe's iPhone", 'HX7K2Q9MWD', U.janeDoe, 'iPhone 15 Pro', '17.6.1', [
    lock('done', 1 * HOUR, 58 * MIN, null),
    locate('done', 1 * HOUR + 5, 1 * HOUR + 4, { lat: 47.6423, lon: -122.1368, accuracy: 35 }),
  ], { imei: '356789112345674' }),
  ios("Jane Doe's iPad", 'DMPXR2ABJF8J', U.janeDoe, 'iPad Air (5th generation)', '17.5.1', [
    // Graph left out both @odata.type and unlockPin on this entry.
    { type: null, name: 'remoteLock', state: 'done', started: 3 * DAY, updated: 3 * DAY - 2 },
  ]),
  ios("John Smith's iPhone", 'F17ZQ3LKN72Q', U.johnSmith, 'iPhone 12', '17.4', [], { imei: '353012114567893' }),
  ios("María García's iPhone", 'G6TD8HJK0D52', U.mariaGarcia, 'iPhone 13', '18.0.1', [
    lock('pending', 10 * MIN, 10 * MIN, null),
  ], { imei: '354421098765430' }),
  ios("Daniel Kim's iPhone", 'KQ4C7W2R9X', U.danielKim, 'iPhone 15', '18.1', [
    lock('failed', 2 * DAY, 2 * DAY - 15, null),
    act('rebootNow', 'done', 2 * DAY - 60, 2 * DAY - 61),
  ], { imei: '356112230987651' }),
  ios('IPAD-LOBBY-01', 'DMQW3LP9Q1GC', null, 'iPad (9th generation)', '16.7.10', [
    act('syncDevice', 'failed', 8 * HOUR, 7 * HOUR),
  ]),
  ios("Ravi Kumar's iPhone", 'N7PL2X4KQT', U.raviKumar, 'iPhone 14 Pro', '17.5', [
    act('resetPasscode', 'done', 12 * DAY, 12 * DAY - 3),
  ], { imei: '352099871234567' }),
  ios("Olivia Brown's iPhone", 'C39XK8DAJC6M', U.oliviaBrown, 'iPhone SE (2nd generation)', '16.7.8', [], {
    owner: 'personal',
    compliance: 'inGracePeriod',
    imei: '356765089012343',
  }),
  ios("Thanh Nguyen's iPad", 'V3H9QJ2T6Y', U.thanhNguyen, 'iPad Pro (11-inch) (4th generation)', '17.6.1', [
    act('retire', 'done', 20 * DAY, 20 * DAY - 30),
  ], { synced: 20 * DAY + 60 }),
  ios("Sam Taylor's iPhone", 'P4M8K1ZX7B', U.samTaylor, 'iPhone 15 Plus', '18.0', [
    locate('failed', 6 * HOUR, 6 * HOUR - 10, null),
  ], { imei: '357301456789012' }),

  // Android
  android('kevin.osei_AndroidForWork_3/14/2024_9:02 AM', 'R5CW30KQ9ZL', U.kevinOsei, 'samsung', 'SM-S911B', '14', [
    lock('active', 20 * MIN, 19 * MIN, null),
  ], { imei: '350123456789014' }),
  android('Galaxy-S22-LSCHMIDT', 'R58M73HZQ2K', U.lauraSchmidt, 'samsung', 'SM-S901B', '13', [
    resetPasscode('done', 4 * HOUR, 4 * HOUR - 2),
    lock('done', 4 * HOUR + 10, 4 * HOUR + 8, null),
  ], { imei: '351234567890128' }),
  android('Pixel-8-MROSSI', '38211FDJH00A1B', U.marcoRossi, 'Google', 'Pixel 8', '14', [], { owner: 'personal' }),
  android('Pixel-7a-ABELLO', '33071JEHN09842', U.aishaBello, 'Google', 'Pixel 7a', '14', [
    resetPasscode('pending', 25 * MIN, 25 * MIN),
    act('syncDevice', 'done', 26 * MIN, 26 * MIN),
  ]),
  android('tom.fischer_AndroidEnterprise_9/2/2023_4:47 PM', 'R52T40DKLMA', U.tomFischer, 'samsung', 'SM-X700', '13', [
    act('wipe', 'done', 10 * DAY, 10 * DAY - 20),
  ], { synced: 10 * DAY + 30, compliance: 'noncompliant' }),
  android('WAREHOUSE-SCANNER-07', '21034523502345', null, 'Zebra Technologies', 'TC52', '11', [
    act('rebootNow', 'done', 2 * HOUR, 2 * HOUR - 3),
  ]),
  android('Galaxy-A54-YTANAKA', 'R58W11PLM3C', U.yukiTanaka, 'samsung', 'SM-A546B', '14', [
    locate('pending', 3 * MIN, 3 * MIN, null),
  ]),
  android('Pixel-6-FHADDAD', '1B111FDF6001QK', U.fatimaHaddad, 'Google', 'Pixel 6', '13', [
    act('retire', 'pending', 2 * HOUR, 2 * HOUR),
  ], { compliance: 'noncompliant' }),
  android('Galaxy-S24-PNOVAK', 'R5CX12TRW8P', U.peterNovak, 'samsung', 'SM-S921B', '14', [], {
    owner: 'personal',
    compliance: 'inGracePeriod',
  }),
  android('Galaxy-XCover6-GLIN', 'R58T81QWX5E', U.graceLin, 'samsung', 'SM-G736B', '14', [
    untyped(lock('pending', 7 * MIN, 7 * MIN)),
  ]),

  // Windows
  windows('CONTOSO-8XK2JM3', '8XK2JM3', U.benCarter, 'Dell Inc.', 'Latitude 7440', WIN11, [
    lock('notSupported', 1 * HOUR, 1 * HOUR, null),
  ]),
  windows('CONTOSO-4FJ9TQ2', '4FJ9TQ2', U.sofiaAlvarez, 'Dell Inc.', 'Latitude 5540', WIN11, []),
  windows('SURFACE-OFAROUK', '051234793053', U.omarFarouk, 'Microsoft Corporation', 'Surface Laptop 5', WIN11, [
    act('syncDevice', 'done', 40 * MIN, 39 * MIN),
  ]),
  windows('CONTOSO-PF4K9Z2M', 'PF4K9Z2M', U.ninaPetrova, 'LENOVO', '21HMS0DB00', WIN11_24H2, [
    act('rebootNow', 'done', 1 * DAY, 1 * DAY - 4),
  ]),
  windows('DESKTOP-7Q2M8KD', '5CG2461ZXQ', U.lucasSilva, 'HP', 'HP EliteBook 840 G9', WIN11, [
    act('retire', 'pending', 3 * HOUR, 3 * HOUR),
  ]),
  windows('CONTOSO-H2VB7K1', 'H2VB7K1', null, 'Dell Inc.', 'OptiPlex 7010', WIN10, [], { compliance: 'configManager' }),
  windows('SURFACE-HSATO', '028461214757', U.hanaSato, 'Microsoft Corporation', 'Surface Pro 9', WIN11, [
    act('wipe', 'failed', 4 * DAY, 4 * DAY - 45),
  ], { compliance: 'error' }),
  windows('CONTOSO-PF3XQ8LB', 'PF3XQ8LB', U.marcusWebb, 'LENOVO', '20XW00A6US', WIN10, [
    act('syncDevice', 'pending', 15 * MIN, 15 * MIN),
  ], { compliance: 'conflict' }),
  windows('CONTOSO-9TK3LW2', '9TK3LW2', U.kevinOsei, 'Dell Inc.', 'Precision 5570', WIN11, [
    act('windowsDefenderScan', 'done', 2 * DAY, 2 * DAY - 25),
  ]),
  windows('KIOSK-HELPDESK-01', '3MZ8QJ4', null, 'Dell Inc.', 'OptiPlex 7000', WIN11, []),
  windows('DESKTOP-J4K8P2R', '5CD1234ABC', U.graceLin, 'HP', 'HP Pavilion Laptop 15-eg2xxx', WIN11, [], {
    owner: 'personal',
    compliance: 'noncompliant',
  }),
  windows('CONTOSO-7YH3RF9', '7YH3RF9', U.lauraSchmidt, 'Dell Inc.', 'Latitude 7420', WIN10, [
    lock('notSupported', 9 * DAY, 9 * DAY, null),
    act('wipe', 'done', 8 * DAY, 8 * DAY - 35),
  ], { synced: 8 * DAY + 40 }),
];

// FNV-1a, then a small xorshift stream: stable pseudo-random bits per device name.
function bitsFor(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let state = h || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/** A version-4-shaped GUID derived from `seed`, the same on every run. */
export function stableGuid(seed: string): string {
  const next = bitsFor(seed);
  const hex = Array.from({ length: 4 }, () => next().toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Graph's date format: ISO 8601, UTC, whole seconds. */
export function graphDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function buildAction(spec: ActionSpec, at: (minutesAgo: number) => string): GraphDeviceActionResult {
  const result: GraphDeviceActionResult = {
    ...(spec.type === null ? {} : { '@odata.type': spec.type }),
    actionName: spec.name,
    actionState: spec.state,
    startDateTime: at(spec.started),
    lastUpdatedDateTime: at(spec.updated),
  };
  if ('pin' in spec) result.unlockPin = spec.pin ?? null;
  if ('passcode' in spec) result.passcode = null;
  if ('location' in spec) {
    const l = spec.location;
    result.deviceLocation = l
      ? {
          lastCollectedDateTime: at(spec.updated),
          latitude: l.lat,
          longitude: l.lon,
          altitude: 0,
          horizontalAccuracy: l.accuracy,
          verticalAccuracy: 0,
          heading: 0,
          speed: 0,
        }
      : null;
  }
  return result;
}

function buildDevice(spec: DeviceSpec, now: Date): GraphManagedDevice {
  const at = (minutesAgo: number) => graphDate(new Date(now.getTime() - minutesAgo * 60_000));
  const next = bitsFor(`storage:${spec.name}`);
  const totalGb = spec.os === 'Windows' || spec.os === 'macOS' ? 512 : spec.os === 'iOS' ? 128 : 256;
  const total = totalGb * 1024 ** 3;
  const free = Math.round(total * (0.1 + (next() % 70) / 100));
  const mobile = spec.os === 'iOS' || spec.os === 'Android';
  return {
    id: stableGuid(`device:${spec.name}`),
    userId: spec.user ? stableGuid(`user:${spec.user.upn}`) : '',
    deviceName: spec.name,
    managedDeviceOwnerType: spec.owner,
    enrolledDateTime: at(spec.enrolled),
    lastSyncDateTime: spec.synced === 'never' ? GRAPH_NEVER : at(spec.synced),
    operatingSystem: spec.os,
    complianceState: spec.compliance,
    jailBroken: mobile ? 'False' : 'Unknown',
    managementAgent: 'mdm',
    osVersion: spec.osVersion,
    azureADDeviceId: stableGuid(`entra:${spec.name}`),
    emailAddress: spec.user?.upn ?? '',
    isSupervised: spec.os === 'iOS' && spec.owner === 'company',
    isEncrypted: spec.owner === 'company',
    userPrincipalName: spec.user?.upn ?? '',
    userDisplayName: spec.user?.name ?? null,
    model: spec.model,
    manufacturer: spec.manufacturer,
    imei: spec.imei ?? '',
    serialNumber: spec.serial,
    totalStorageSpaceInBytes: total,
    freeStorageSpaceInBytes: free,
    deviceActionResults: spec.actions.map((a) => buildAction(a, at)),
  };
}

/**
 * The demo tenant's devices, with dates relative to `now` so ages like "locked 2 hours ago" stay true. A `size` above
 * the ~50 named devices fills the tenant with ordinary ones, so that "the whole tenant came back" costs what it would.
 */
export function demoDevices(now: Date = new Date(), size = SPECS.length): GraphManagedDevice[] {
  const named = SPECS.map((spec) => buildDevice(spec, now));
  const filler = Array.from({ length: Math.max(0, size - named.length) }, (_, i) => buildDevice(fillerSpec(i), now));
  return [...named, ...filler];
}

const SERIAL_ALPHABET = 'ABCDEFGHJKLMNPQRTVWXY0123456789';

/** An ordinary device of a large tenant: no remote lock, a serial and name of its platform's shape, its own user. */
function fillerSpec(i: number): DeviceSpec {
  const next = bitsFor(`filler:${i}`);
  const serial = (length: number) => Array.from({ length }, () => SERIAL_ALPHABET[next() % SERIAL_ALPHABET.length]).join('');
  const owner = user(`user${String(i).padStart(5, '0')}`, `User ${i}`);
  const synced = { synced: (next() % (14 * 24)) * HOUR + 5 * MIN };
  switch (i % 4) {
    case 0: {
      const tag = serial(7);
      return windows(`CONTOSO-${tag}`, tag, owner, 'Dell Inc.', 'Latitude 5440', WIN11, [], synced);
    }
    case 1:
      return mac(`MAC-${String(i).padStart(5, '0')}`, `Z${serial(9)}`, owner, MAC_AIR_M2, '15.1 (24B83)', [], synced);
    case 2:
      return ios(`iPhone-${String(i).padStart(5, '0')}`, `Q${serial(9)}`, owner, 'iPhone 15', '18.1', [], synced);
    default:
      return android(`Android-${String(i).padStart(5, '0')}`, `R5${serial(9)}`, owner, 'samsung', 'SM-S921B', '14', [], synced);
  }
}

export interface DemoExampleDevice {
  id: string;
  serialNumber: string;
  deviceName: string;
  userPrincipalName: string;
}

export interface DemoExampleDeviceWithPin extends DemoExampleDevice {
  /** The device's current unlockPin in the seed. */
  pin: string;
}

function example(deviceName: string): DemoExampleDevice {
  const spec = SPECS.find((s) => s.name === deviceName);
  if (!spec) throw new Error(`demo seed has no device named ${deviceName}`);
  return {
    id: stableGuid(`device:${spec.name}`),
    serialNumber: spec.serial,
    deviceName: spec.name,
    userPrincipalName: spec.user?.upn ?? '',
  };
}

function exampleWithPin(deviceName: string, pin: string): DemoExampleDeviceWithPin {
  return { ...example(deviceName), pin };
}

/** Named seeded devices for tests, docs and walkthroughs. */
export const DEMO_EXAMPLES = {
  /** macOS, remoteLock done two hours ago, with a PIN. */
  macLockedWithPin: exampleWithPin('MBP-JSMITH', '482913'),
  /** macOS, remoteLock pending (sent minutes ago), PIN already issued. */
  macLockPending: exampleWithPin('MBA-ALEE', '175204'),
  /** macOS with an older failed remoteLock and a newer done one with a PIN. */
  macTwoLocks: exampleWithPin('MBP-RKUMAR', '904218'),
  /** macOS, remoteLock done 9 days ago: Intune may or may not still answer its PIN (7 days reported, 30 documented). */
  macPinNineDaysOld: exampleWithPin('MBP-ELUND', '267148'),
  /** macOS, remoteLock done 41 days ago (older than Intune's 30-day PIN window). */
  macLockExpired: exampleWithPin('MBP-CWHITE', '590312'),
  /** macOS loaner whose PIN starts with 0. */
  pinWithLeadingZero: exampleWithPin('LOANER-MBA-02', '046382'),
  /** iPhone, remoteLock done, unlockPin null. */
  iphoneLockedNoPin: example("Jane Doe's iPhone"),
  /** iPad, remoteLock entry without @odata.type and without an unlockPin key. */
  lockWithoutPinKey: example("Jane Doe's iPad"),
  /** macOS, remoteLock done with a PIN, behind an untyped sync: with the `untypedActions` quirk, neither is typed. */
  untypedLockWithPin: exampleWithPin('MBP-MGARCIA', '358126'),
  /** Windows, remoteLock notSupported. */
  windowsNotSupported: example('CONTOSO-8XK2JM3'),
  /** Windows, deviceActionResults empty. */
  noActions: example('CONTOSO-4FJ9TQ2'),
  /** Apostrophe in the device name and in the owner's UPN; remoteLock done with a PIN. */
  apostropheName: exampleWithPin("O'Brien-MBP", '630571'),
  /** lastSyncDateTime is Graph's "never" value. */
  neverSynced: example('MBA-HPATEL'),
  /** Surface serial made of digits only. */
  digitsOnlySerial: example('SURFACE-OFAROUK'),
  /** No primary user: empty UPN, null userDisplayName. */
  userless: example('IPAD-LOBBY-01'),
  /** Five MacBook Airs named LOANER-MBA-01 … LOANER-MBA-05. */
  multiMatchPrefix: 'LOANER-MBA',
  /** The one user with three devices (MacBook Pro, iPhone, iPad). */
  userWithThreeDevices: U.janeDoe.upn,
} as const;
