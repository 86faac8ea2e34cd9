// The demo tenant's identity provider, the stand-in browser that signs in to it, and the stand-in for Windows' broker.
export {
  createDemoIdentityProvider,
  DEMO_AUTHORITY,
  DEMO_AUTHORITY_HOST,
  DEMO_CLIENT_ID,
  DEMO_TECHNICIAN_USER,
  DEMO_TENANT_ID,
  ENTRA_ROLES,
  NO_CONDITIONAL_ACCESS,
  type AccessTokenCheck,
  type DemoBrokerIssue,
  type DemoBrokerTokens,
  type DemoIdentityOptions,
  type DemoIdentityProvider,
  type DemoRefusal,
  type DemoSignInPolicies,
  type DemoUser,
} from './provider';
export { createDemoBrowser, type DemoBrowserOptions, type FetchHandler } from './browser';
export { createDemoBroker, type DemoBroker, type DemoBrokerOptions } from './broker';
