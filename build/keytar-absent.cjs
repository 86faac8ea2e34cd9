// Stands in for `keytar` wherever @azure/msal-node-extensions is loaded: in the main-process bundle
// (electron/dev/build-main.ts) and in the unit tests (test/vitest.config.ts).
// The package's entry loads keytar at once, but only its token persistence (KeychainPersistence, LibSecretPersistence)
// calls it, and the kiosk uses nothing of the package but NativeBrokerPlugin. keytar itself would load a native binary
// that is neither built nor shipped, so it is replaced by keytar's API surface, every call of which rejects.
'use strict';

const message = "keytar is not part of Unlock PIN Kiosk: msal-node-extensions' persistence is not used";

/** @returns {Promise<never>} */
function absent() {
  return Promise.reject(new Error(message));
}

module.exports = {
  getPassword: absent,
  setPassword: absent,
  deletePassword: absent,
  findPassword: absent,
  findCredentials: absent,
};
