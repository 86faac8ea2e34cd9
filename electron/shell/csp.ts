// The Content-Security-Policy the kiosk window runs under. Sent as a header on every file the app:// protocol serves;
// renderer/index.html carries the same directives in its meta tag (a test keeps the two in step).

/** Headers for every file served to the kiosk window. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  // One literal, so the Electronegativity scan evaluates this very policy. No inline script, no eval; inline styles only
  // because Svelte sets style attributes. 'self' is app://kiosk, which serves nothing but the built renderer.
  headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; worker-src 'none'; frame-ancestors 'none'"; // eng-disable CSP_GLOBAL_CHECK -- reviewed: its only remark is that 'self' could serve JSONP or uploads, and app://kiosk serves neither
  return headers;
}

/** The policy as a map of directive → sources, for comparing the header with the page's meta tag. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
