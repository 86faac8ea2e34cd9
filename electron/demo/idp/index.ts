// The demo tenant's identity provider and the stand-in browser that signs in to it.
export {
  createDemoIdentityProvider,
  DEMO_AUTHORITY,
  DEMO_AUTHORITY_HOST,
  DEMO_CLIENT_ID,
  DEMO_TECHNICIAN_USER,
  DEMO_TENANT_ID,
  ENTRA_ROLES,
  GRAPH_RESOURCE,
  type AccessTokenCheck,
  type DemoIdentityOptions,
  type DemoIdentityProvider,
  type DemoUser,
} from './provider';
export { createDemoBrowser, type DemoBrowserOptions, type FetchHandler } from './browser';
