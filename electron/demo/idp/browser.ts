// A stand-in for the system browser on the demo tenant: it opens the authorize page of the demo identity provider
// in process, and posts the answer to the kiosk's loopback address the way a browser submits the form_post page.

export type FetchHandler = (request: Request) => Promise<Response>;

export interface DemoBrowserOptions {
  /** Reaches the identity provider (the provider's own handler). */
  identityProvider: FetchHandler;
  /** Reaches the kiosk's loopback listener; default: the global fetch. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

/**
 * Opens `url` like a browser whose user signs in at once; rejects with the page's message when sign-in cannot start.
 * A page that neither posts back nor is an error (Entra's Conditional Access block) just stays on screen, as in a real
 * browser: the call resolves and the kiosk's loopback listener goes on waiting.
 */
export function createDemoBrowser(options: DemoBrowserOptions): (url: string) => Promise<void> {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  return async (url) => {
    const page = await options.identityProvider(new Request(url));
    const html = await page.text();
    const form = readForm(html);
    if (page.status === 200 && !form) return;
    if (page.status !== 200 || !form) {
      const message = /<p id="error">([^<]*)<\/p>/.exec(html)?.[1];
      throw new Error(message ? unescape(message) : `The sign-in page answered ${page.status}.`);
    }
    // MSAL listens on 127.0.0.1 only, while a resolver may try ::1 first for "localhost".
    const action = new URL(form.action);
    if (action.hostname === 'localhost') action.hostname = '127.0.0.1';
    const answer = await send(action.href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form.fields).toString(),
    });
    await answer.text();
  };
}

function unescape(text: string): string {
  return text.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}

function readForm(html: string): { action: string; fields: Record<string, string> } | null {
  const action = /<form method="POST" action="([^"]*)">/.exec(html)?.[1];
  if (action === undefined) return null;
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) fields[unescape(m[1]!)] = unescape(m[2]!);
  return { action: unescape(action), fields };
}
