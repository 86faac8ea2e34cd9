// Reads Graph's managedDevice JSON tolerantly: fields may be null or missing, `@odata.type` may be absent,
// and `actionState` may carry values newer than this kiosk.
import type * as Graph from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import type { GraphClient } from '../graph/client';
import type { GraphFields, GraphShape } from '../graph/schema';
import { ACTION_STATES, type ActionState, type Device, type DeviceAction, type RemoteLockStatus } from '../contract';
import { KioskFailure } from '../errors';

/** The fields the kiosk shows; `$select` asks for exactly these. */
export const DEVICE_FIELDS = [
  'id',
  'deviceName',
  'serialNumber',
  'userPrincipalName',
  'operatingSystem',
  'osVersion',
  'model',
  'manufacturer',
  'lastSyncDateTime',
] as const satisfies GraphFields<Graph.ManagedDevice>;

/** A Graph text field: null, missing or not a string reads as ''. */
export const text = z
  .string()
  .nullish()
  .catch(null)
  .transform((v) => v ?? '');

/** Graph writes "0001-01-01T00:00:00Z" for "never"; anything unparseable is treated the same. */
export const date = z
  .string()
  .nullish()
  .catch(null)
  .transform((v) => {
    if (!v) return null;
    const ms = Date.parse(v);
    return Number.isNaN(ms) || ms <= 0 ? null : new Date(ms).toISOString();
  });

const GraphDevice = z.object({
  id: z.string().min(1),
  deviceName: text,
  serialNumber: text,
  userPrincipalName: text,
  operatingSystem: text,
  osVersion: text,
  model: text,
  manufacturer: text,
  lastSyncDateTime: date,
  deviceActionResults: z.array(z.unknown()).nullish().catch(null),
} satisfies GraphShape<Graph.ManagedDevice>);

const GraphAction = z.object({
  '@odata.type': text,
  actionName: text,
  actionState: text,
  startDateTime: date,
  lastUpdatedDateTime: date,
  unlockPin: text,
} satisfies GraphShape<Graph.RemoteLockActionResult>);

/** A remote lock as read from Graph, PIN included. The PIN stays in the core. */
export interface RemoteLockResult extends RemoteLockStatus {
  pin: string | null;
}

/** The lock as it may leave the core: whether a PIN exists, never the PIN. */
export function withoutPin({ state, startDateTime, lastUpdatedDateTime, hasPin }: RemoteLockResult): RemoteLockStatus {
  return { state, startDateTime, lastUpdatedDateTime, hasPin };
}

export interface ParsedDevice {
  device: Device;
  remoteLock: RemoteLockResult | null;
  otherActions: DeviceAction[];
}

export function parseDevice(json: unknown): ParsedDevice {
  const parsed = GraphDevice.safeParse(json);
  if (!parsed.success) {
    throw new KioskFailure('graph_error', { id: 'unreadable', what: 'device' });
  }
  const { deviceActionResults, ...device } = parsed.data;
  const locks: RemoteLockResult[] = [];
  const otherActions: DeviceAction[] = [];
  for (const entry of deviceActionResults ?? []) {
    const action = GraphAction.safeParse(entry);
    if (!action.success) continue;
    const a = action.data;
    const common = {
      state: toActionState(a.actionState),
      startDateTime: a.startDateTime,
      lastUpdatedDateTime: a.lastUpdatedDateTime,
    };
    if (isRemoteLock(a['@odata.type'], a.actionName)) {
      const pin = a.unlockPin.trim();
      locks.push({ ...common, hasPin: pin !== '', pin: pin === '' ? null : pin });
    } else {
      otherActions.push({ actionName: a.actionName || actionNameFromType(a['@odata.type']), ...common });
    }
  }
  return { device, remoteLock: latest(locks), otherActions: otherActions.sort(byRecency) };
}

/** One device read by id with `$select` (the only answer that carries its action results); another device's answer is refused. */
export async function getDeviceById(graph: GraphClient, id: string, fields: readonly string[]): Promise<{ parsed: ParsedDevice; body: unknown }> {
  const body = await graph.get(`/deviceManagement/managedDevices/${encodeURIComponent(id)}?$select=${fields.join(',')}`);
  const parsed = parseDevice(body);
  if (parsed.device.id.toLowerCase() !== id.toLowerCase()) {
    throw new KioskFailure('graph_error', { id: 'differentDevice' });
  }
  return { parsed, body };
}

/** Parses a list entry (no action results) into the device the kiosk shows. */
export function parseDeviceSummary(json: unknown): Device | null {
  const parsed = GraphDevice.safeParse(json);
  if (!parsed.success) return null;
  const { deviceActionResults: _ignored, ...device } = parsed.data;
  return device;
}

function isRemoteLock(odataType: string, actionName: string): boolean {
  if (odataType.toLowerCase() === '#microsoft.graph.remotelockactionresult') return true;
  return actionName.toLowerCase() === 'remotelock';
}

function actionNameFromType(odataType: string): string {
  return odataType.replace(/^#microsoft\.graph\./, '').replace(/ActionResult$/, '') || 'unknown action';
}

function toActionState(value: string): ActionState {
  return (ACTION_STATES as readonly string[]).includes(value) ? (value as ActionState) : 'unknown';
}

function when(a: { startDateTime: string | null; lastUpdatedDateTime: string | null }): number {
  return Date.parse(a.lastUpdatedDateTime ?? a.startDateTime ?? '') || 0;
}

function byRecency<T extends { startDateTime: string | null; lastUpdatedDateTime: string | null }>(a: T, b: T): number {
  return when(b) - when(a);
}

function latest(locks: RemoteLockResult[]): RemoteLockResult | null {
  return locks.sort(byRecency)[0] ?? null;
}
