export { DeviceSecrets, type DeviceSecretsOptions, type RevealSecretRequest } from './device-secrets';
export {
  BITLOCKER_SCOPE,
  LAPS_SCOPE,
  SECRET_DEFAULTS,
  SECRET_KINDS_INFO,
  ROTATION,
  existsOn,
  isRotatable,
  rotationOffer,
  resolveSecretSettings,
  scopesFor,
  type SecretKindSettings,
  type SecretSettings,
} from './kinds';
export { checkReason, type ReasonPolicy } from './reason';
export { decodeUtf16le, readLocalCredentials, readRecoveryKey } from './parse';
