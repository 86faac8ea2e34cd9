// How the core reaches Entra ID and Graph: a fetch-style port. Inside Electron the shell passes Chromium's network
// stack (electron/shell/network.ts: the system's proxy and certificates); Node's own fetch is for the tools and tests
// that run outside Electron, and is never a silent default.
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Node's fetch, for the tenant check outside Electron, the preview, the bench and tests. */
export const nodeFetch: FetchLike = (input, init) => fetch(input, init);
