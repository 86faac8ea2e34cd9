// The demo tenant: seeded Intune devices, a simulated Graph subset, a loopback server for it, and an identity provider.
export {
  DEMO_EXAMPLES,
  DEMO_TENANT_NAME,
  GRAPH_NEVER,
  demoDevices,
  graphDate,
  stableGuid,
  type DemoExampleDevice,
  type DemoExampleDeviceWithPin,
  type GraphActionState,
  type GraphActionType,
  type GraphDeviceActionResult,
  type GraphManagedDevice,
  type GraphOperatingSystem,
} from './seed';
export { createDemoGraph, type DemoFault, type DemoGraph, type DemoGraphOptions } from './graph';
export { answerFilter, STRICT_QUIRKS, type DemoQuirks } from './filter';
export {
  DEMO_SECRET_EXAMPLES,
  createDemoSecrets,
  recoveryPassword,
  type DemoAnswer,
  type DemoBitLockerKey,
  type DemoLocalCredential,
  type DemoSecretRead,
  type DemoSecrets,
} from './secrets';
export { listenOnLoopback, type LoopbackServer } from './server';
export * from './idp';
export { demoTenant, startDemoTenant, type RunningDemoTenant } from './tenant';
