// Complete locales besides English, chosen from the machine's language; dates and ages in that locale, and a secret
// spelled out and read aloud in it. Every failure the demo tenant can produce (a search's, a device screen's, a
// sign-in's) worded in each language, with no English.
import type { Locator, Page } from '@playwright/test';
import { GRAPH_RESOURCE, READ_SCOPE } from '../../electron/core/microsoft';
import { NO_CONDITIONAL_ACCESS, type DemoIdentityProvider } from '../../electron/demo/idp';
import { catalog } from '../../renderer/src/lib/i18n';
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, scan, showDevice, test } from './fixtures';
import type { PageGlobals } from './page-globals';

const mac = DEMO_EXAMPLES.macLockedWithPin;
const laps = DEMO_SECRET_EXAMPLES.laps;

test.describe('on a German machine', () => {
  test.use({ locale: 'de-DE' });

  test('the kiosk speaks German, with German dates and relative ages', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Seriennummer scannen oder eintippen' })).toBeVisible();
    await expect(page.getByLabel('Seriennummer, Gerätename oder E-Mail')).toBeFocused();

    await showDevice(page, mac.serialNumber);
    const status = page.getByTestId('lock-status');
    await expect(status.getByText('Gesperrt', { exact: true })).toBeVisible();
    await expect(status).toContainText('vor 2 Stunden');
    await expect(status).toContainText(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'PIN anzeigen' }).click();
    await expect(page.getByTestId('pin')).toHaveText('482 913');
    await expect(page.getByTestId('pin-countdown')).toContainText(/Wird in \d+ s ausgeblendet/);
    await expectAccessible(page);
  });

  test('a refusal explains itself in German, the permissions for the admin folded, in German too', async ({ page, graph }) => {
    graph.fault({ status: 403 });
    await scan(page, mac.serialNumber);
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading', { name: 'Nicht erlaubt' })).toBeVisible();
    await expect(panel).toContainText('bitten Sie eine Intune-Administration um Zugriff');
    await panel.getByText('Details für Ihre Intune-Administration').click();
    await expect(panel.getByTestId('admin-details')).toContainText('DeviceManagementManagedDevices.Read.All');
    await expect(panel.locator('[lang="en"]')).toHaveCount(0);
    await expectAccessible(page);
  });
});

/** English words a German, French or Spanish screen never needs (product and permission names aside). */
const ENGLISH = /\b(the|your|cannot|could not|with|this|try again|sign in|refused|reach)\b/i;

/** Each failure the demo tenant can make a search end with. */
const FAILURES = [
  { name: 'refused (403)', fault: { status: 403 } },
  { name: 'busy (429)', fault: { status: 429, retryAfter: '90', times: 9 } },
  { name: 'down (503)', fault: { status: 503, times: 9 } },
  { name: 'a refusal (400)', fault: { status: 400, times: 9 } },
  { name: 'an answer it cannot read', fault: { kind: 'malformed', times: 9 } },
  { name: 'an answer cut short', fault: { kind: 'cut', times: 9 } },
  // Last: the kiosk signs out.
  { name: 'signed out (401)', fault: { status: 401, times: 9 } },
] as const;

for (const locale of ['de-DE', 'fr-FR', 'es-ES']) {
  test.describe(`every failure on a ${locale} machine`, () => {
    test.use({ locale });

    test('is worded in the screen’s language, with no English from the kiosk', async ({ page, graph }) => {
      const english: string[] = [];
      for (const { name, fault } of FAILURES) {
        graph.fault(fault);
        await scan(page, mac.serialNumber);
        const panel = page.getByRole('alert').or(page.getByTestId('search-incomplete')).or(page.getByTestId('sign-in')).first();
        await expect(panel, name).toBeVisible();
        const text = await page.locator('main').innerText();
        if (ENGLISH.test(text)) english.push(`${name}: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
        graph.clearFaults();
        await page.keyboard.press('Escape');
      }
      expect(english).toEqual([]);
    });
  });
}

/** Each failure the demo tenant can make a chosen device's screen show: its PIN, its lock, its secrets, their rotation. */
for (const lang of ['de', 'fr', 'es'] as const) {
  test.describe(`every failure on a device screen in ${lang}`, () => {
    test.use({ kioskQuery: `?lang=${lang}` });

    test('is worded in the screen’s language, with no English from the kiosk', async ({ page, graph }) => {
      const w = catalog(lang);
      const english: string[] = [];
      const said = async (name: string, where: Locator) => {
        await expect(where, name).toBeVisible();
        // The failure's own words: the device card around it quotes Intune's data (models), which is English.
        const text = await where.innerText();
        if (ENGLISH.test(text)) english.push(`${name}: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
      };

      await showDevice(page, DEMO_EXAMPLES.macLockPending.serialNumber);
      graph.fault({ status: 403, times: 9 });
      await page.getByRole('button', { name: w.lock.checkAgain }).click();
      await said('a Check again Intune refuses (403)', page.getByRole('alert'));
      graph.clearFaults();

      await showDevice(page, mac.serialNumber);
      await page.getByRole('button', { name: w.remoteLock.button }).click();
      await page.getByRole('button', { name: w.remoteLock.confirm, exact: true }).click();
      await said('a second lock for a locked Mac', page.getByRole('alert').filter({ hasText: w.remoteLock.alreadyLockedTitle }));
      await page.keyboard.press('Escape');

      await showDevice(page, DEMO_SECRET_EXAMPLES.fileVaultMissing.serialNumber);
      await page.getByRole('button', { name: w.secrets.reveal.fileVault }).click();
      await said('a FileVault key Intune never held', page.getByTestId('secret-error'));

      const fileVault = DEMO_SECRET_EXAMPLES.fileVault.serialNumber;
      await showDevice(page, fileVault);
      graph.fault({ status: 403, times: 9 });
      await page.getByRole('button', { name: w.secrets.reveal.fileVault }).click();
      await said('a FileVault key Intune refuses (403)', page.getByTestId('secret-error'));
      graph.clearFaults();
      await page.getByRole('button', { name: w.secrets.reveal.fileVault }).click();
      await page.getByRole('button', { name: w.rotation.offer }).click();
      graph.fault({ status: 429, times: 3 });
      await page.getByRole('button', { name: w.rotation.confirm, exact: true }).click();
      await said('a rotation Intune throttles (429)', page.getByTestId('key-rotation').getByRole('alert'));
      graph.clearFaults();
      await page.getByTestId('key-rotation').getByRole('button', { name: w.common.cancel }).click();
      graph.devices.find((d) => d.serialNumber === fileVault)!.managedDeviceOwnerType = 'personal';
      await page.getByRole('button', { name: w.rotation.offer }).click();
      await page.getByRole('button', { name: w.rotation.confirm, exact: true }).click();
      await said('a rotation Intune refuses (400)', page.getByTestId('key-rotation').getByRole('alert').filter({ hasText: w.rotation.refusedTitle }));
      expect(english).toEqual([]);
    });
  });
}

/** Each refusal the demo's Entra ID can send a sign-in, and the sign-in it refuses. */
const REFUSALS: { name: string; method: 'window' | 'deviceCode'; policy: (identity: DemoIdentityProvider) => void }[] = [
  { name: 'code blocked by Conditional Access (AADSTS53003)', method: 'deviceCode', policy: (i) => (i.policies.deviceCode = 'blockedByConditionalAccess') },
  { name: 'code blocked by security defaults (AADSTS530035)', method: 'deviceCode', policy: (i) => (i.policies.deviceCode = 'blockedBySecurityDefaults') },
  { name: 'a compliant device required (AADSTS53000)', method: 'window', policy: (i) => (i.policies.compliantDevice = true) },
  { name: 'a second factor to register (AADSTS50079)', method: 'window', policy: (i) => (i.policies.mfa = 'registration') },
  { name: 'admin consent missing (AADSTS65001)', method: 'window', policy: (i) => i.unconsentedScopes.add(`${GRAPH_RESOURCE}/${READ_SCOPE}`) },
];

for (const lang of ['de', 'fr', 'es'] as const) {
  test.describe(`every sign-in refusal in ${lang}`, () => {
    test.use({ kioskQuery: `?lang=${lang}`, coreOptions: { signIn: { autoSignIn: false, methods: ['broker', 'window', 'deviceCode'] } }, demoBroker: {} });

    test('is worded in the screen’s language, with no English from the kiosk or Entra', async ({ page, identity }) => {
      const english: string[] = [];
      for (const { name, method, policy } of REFUSALS) {
        Object.assign(identity.policies, NO_CONDITIONAL_ACCESS);
        identity.unconsentedScopes.clear();
        policy(identity);
        await page.locator(`button[data-method="${method}"]`).click();
        if (method === 'deviceCode') identity.approveDeviceCode((await page.getByTestId('user-code').textContent())!.trim());
        const alert = page.getByRole('alert');
        await expect(alert.getByTestId('entra-code'), name).toContainText(name.replace(/.*\((AADSTS\d+)\)$/, '$1'));
        const text = await alert.innerText();
        if (ENGLISH.test(text)) english.push(`${name}: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
      expect(english).toEqual([]);
    });
  });
}

for (const l of [
  {
    locale: 'fr-FR',
    lang: 'fr',
    idle: 'Scannez ou tapez un numéro de série',
    search: 'Numéro de série, nom d’appareil ou e-mail',
    locked: 'Verrouillé',
    ago: 'il y a 2 heures',
    revealPin: 'Afficher le code PIN',
    hidesIn: /Masqué dans \d+ s/,
    revealLaps: 'Afficher le mot de passe',
    spell: 'Épeler',
    spelled: 'Kl1O — K majuscule, l minuscule, chiffre un, O majuscule',
    secondGroup: 'chiffre zéro, tiret, S majuscule, chiffre cinq',
    readAloud: 'Lire à voix haute',
  },
  {
    locale: 'es-ES',
    lang: 'es',
    idle: 'Escanee o escriba un número de serie',
    search: 'Número de serie, nombre del dispositivo o correo',
    locked: 'Bloqueado',
    ago: 'hace 2 horas',
    revealPin: 'Mostrar PIN',
    hidesIn: /Se oculta en \d+ s/,
    revealLaps: 'Mostrar contraseña',
    spell: 'Deletrear',
    spelled: 'Kl1O — K mayúscula, l minúscula, dígito uno, O mayúscula',
    secondGroup: 'dígito cero, guion, S mayúscula, dígito cinco',
    readAloud: 'Leer en voz alta',
  },
]) {
  test.describe(`on a ${l.locale} machine`, () => {
    // Read-aloud is off for LAPS unless the admin turns it on.
    test.use({ locale: l.locale, coreOptions: { secrets: { laps: { enabled: true, readAloud: true } } } });

    test('the kiosk speaks its language, with its dates and relative ages', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.getByRole('heading', { name: l.idle })).toBeVisible();
      await expect(page.getByLabel(l.search)).toBeFocused();

      await showDevice(page, mac.serialNumber);
      const status = page.getByTestId('lock-status');
      await expect(status.getByText(l.locked, { exact: true })).toBeVisible();
      await expect(status).toContainText(l.ago);
      await expectAccessible(page);

      await page.getByRole('button', { name: l.revealPin }).click();
      await expect(page.getByTestId('pin')).toHaveText('482 913');
      await expect(page.getByTestId('pin-countdown')).toContainText(l.hidesIn);
      await expectAccessible(page);
    });

    test('a LAPS password is spelled out and read aloud in its words and voice', async ({ page }) => {
      await page.addInitScript(() => {
        const page = globalThis as unknown as PageGlobals;
        page.spoken = [];
        page.speechSynthesis.speak = (u) => void page.spoken.push(`${u.lang}:${u.text}`);
      });
      await page.reload();
      await expect(page.getByLabel(l.search)).toBeFocused();
      await showDevice(page, laps.serialNumber);
      await page.getByRole('button', { name: l.revealLaps }).click();
      await page.getByRole('button', { name: l.spell }).click();
      const groups = page.getByTestId('spelling').locator('li');
      await expect(groups.first()).toHaveText(l.spelled);
      await expect(groups.nth(1)).toContainText(l.secondGroup);
      await expectAccessible(page);

      await page.getByRole('button', { name: l.readAloud }).click();
      const spoken = await page.evaluate(() => (globalThis as unknown as PageGlobals).spoken);
      expect(spoken[0]).toBe(`${l.locale}:${l.spelled.split(' — ')[1]}`);
    });
  });
}

test.describe('with the language set for the page', () => {
  test.use({ locale: 'en-US', kioskQuery: '?lang=de' });

  test('?lang=de wins over the machine’s language', async ({ page }) => {
    await expect(page.getByRole('button', { name: 'Suchen', exact: true })).toBeVisible();
  });
});

for (const { query, button, lang } of [
  { query: '?lang=fr', button: 'Rechercher', lang: 'fr' },
  { query: '?lang=es', button: 'Buscar', lang: 'es' },
]) {
  test.describe(`with ${query}`, () => {
    test.use({ locale: 'de-DE', kioskQuery: query });

    test(`${query} wins over the machine’s language`, async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible();
    });
  });
}

test.describe('on a machine in a language the kiosk does not have', () => {
  test.use({ locale: 'ja-JP' });

  test('it falls back to English', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  });
});

// The person at the counter may not speak the screen's language: a revealed secret is spelled out and read aloud in
// theirs, chosen from a row of buttons, while the technician's screen stays in its own; the choice ends with the visit.
const DE_SEARCH = 'Seriennummer, Gerätename oder E-Mail';
const FRENCH_FIRST_GROUP = 'Kl1O — K majuscule, l minuscule, chiffre un, O majuscule';
const GERMAN_FIRST_GROUP = 'Kl1O — großes K, kleines l, Ziffer eins, großes O';

/** Read aloud speaks into a list the test reads: "fr:K majuscule, …". */
async function stubSpeech(page: Page, searchLabel: string): Promise<void> {
  await page.addInitScript(() => {
    const page = globalThis as unknown as PageGlobals;
    page.spoken = [];
    page.speechSynthesis.speak = (u) => void page.spoken.push(`${u.lang}:${u.text}`);
  });
  await page.reload();
  await expect(page.getByLabel(searchLabel)).toBeFocused();
}

const spoken = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).spoken);
const languageRow = (page: Page) => page.getByRole('group', { name: 'In der Sprache der Person:' });

async function revealLaps(page: Page): Promise<void> {
  await showDevice(page, laps.serialNumber);
  await page.getByRole('button', { name: 'Kennwort anzeigen' }).click();
  await expect(page.getByTestId('secret')).toBeVisible();
}

/** The visit ended: the device is gone and the search field waits for the next scan. */
async function backAtSearch(page: Page): Promise<void> {
  await expect(page.getByTestId('device-serial')).toHaveCount(0);
  await expect(page.getByLabel(DE_SEARCH)).toBeFocused();
}

/** The row says which language is on, by aria-pressed. */
async function expectReadingIn(page: Page, name: string): Promise<void> {
  const pressed = languageRow(page).locator('button[aria-pressed="true"]');
  await expect(pressed).toHaveCount(1);
  await expect(pressed).toHaveText(name);
}

test.describe('a German screen and a person who speaks French', () => {
  test.use({ locale: 'de-DE', coreOptions: { secrets: { laps: { enabled: true, readAloud: true } } } });

  test('a LAPS password is spelled out and read aloud in French; everything else stays German', async ({ page }) => {
    await stubSpeech(page, DE_SEARCH);
    await revealLaps(page);
    const row = languageRow(page);
    // Each language named in itself, the screen's first; the screen's is on until another is chosen.
    await expect(row.getByRole('button')).toHaveText(['Deutsch', 'English', 'Français', 'Español']);
    await expect(row.getByRole('button', { name: 'Français' })).toHaveAttribute('lang', 'fr');
    await expectReadingIn(page, 'Deutsch');
    await page.getByRole('button', { name: 'Buchstabieren' }).click();
    const groups = page.getByTestId('spelling').locator('li');
    await expect(groups.first()).toHaveText(GERMAN_FIRST_GROUP);

    await row.getByRole('button', { name: 'Français' }).click();
    await expectReadingIn(page, 'Français');
    await expect(groups.first()).toHaveText(FRENCH_FIRST_GROUP);
    await expect(groups.nth(1)).toContainText('chiffre zéro, tiret, S majuscule, chiffre cinq');
    await expect(groups.first()).toHaveAttribute('lang', 'fr');
    // The technician's screen, and what their screen reader hears, stay German.
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Lokales Administratorkennwort (LAPS)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Buchstabierung ausblenden' })).toBeVisible();
    await expect(page.getByTestId('typing-hints')).toContainText('Das Kennwort hat keine Trennzeichen');
    await expect(page.getByTestId('secret-shown')).toContainText(`Zeichen: ${GERMAN_FIRST_GROUP.split(' — ')[1]}`);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Vorlesen' }).click();
    expect((await spoken(page))[0]).toBe(`fr:${FRENCH_FIRST_GROUP.split(' — ')[1]}`);

    // Back to German with its own button.
    await row.getByRole('button', { name: 'Deutsch' }).click();
    await expect(groups.first()).toHaveText(GERMAN_FIRST_GROUP);
    await expect(groups.first()).toHaveAttribute('lang', 'de');
  });

  test('the Mac PIN is read aloud in French', async ({ page }) => {
    await stubSpeech(page, DE_SEARCH);
    await showDevice(page, mac.serialNumber);
    await page.getByRole('button', { name: 'PIN anzeigen' }).click();
    await languageRow(page).getByRole('button', { name: 'Français' }).click();
    await page.getByRole('button', { name: 'Vorlesen' }).click();
    expect(await spoken(page)).toEqual(['fr:4, 8, 2', 'fr:9, 1, 3']);
    await expectAccessible(page);
  });

  test('the choice ends with the visit: Done, Escape and a new scan', async ({ page }) => {
    const done = page.getByRole('button', { name: 'Fertig – für die nächste Person leeren' });
    for (const end of [() => done.click(), () => page.keyboard.press('Escape')]) {
      await revealLaps(page);
      await languageRow(page).getByRole('button', { name: 'Français' }).click();
      await expectReadingIn(page, 'Français');
      await end();
      await backAtSearch(page);
      await revealLaps(page);
      await expectReadingIn(page, 'Deutsch');
      await page.getByRole('button', { name: 'Buchstabieren' }).click();
      await expect(page.getByTestId('spelling').locator('li').first()).toHaveText(GERMAN_FIRST_GROUP);
      await page.keyboard.press('Escape');
      await backAtSearch(page);
    }

    await revealLaps(page);
    await languageRow(page).getByRole('button', { name: 'Français' }).click();
    // The next person's device is scanned while the password is still on screen.
    await showDevice(page, mac.serialNumber);
    await page.getByRole('button', { name: 'PIN anzeigen' }).click();
    await expectReadingIn(page, 'Deutsch');
  });

  test('hiding the secret does not end the visit: the next one is read out in French too', async ({ page }) => {
    await revealLaps(page);
    await languageRow(page).getByRole('button', { name: 'Français' }).click();
    await page.getByRole('button', { name: 'Ausblenden', exact: true }).click();
    await page.getByRole('button', { name: 'Kennwort anzeigen' }).click();
    await expectReadingIn(page, 'Français');
  });
});

test.describe('a German screen left idle', () => {
  test.use({ locale: 'de-DE', coreOptions: { secrets: { laps: { enabled: true } } }, kioskQuery: '?idle=4000' });

  test('returns to the search, and the next visit starts in German', async ({ page }) => {
    await revealLaps(page);
    await languageRow(page).getByRole('button', { name: 'Français' }).click();
    await expect(page.getByTestId('device-serial')).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByLabel(DE_SEARCH)).toBeFocused();
    await revealLaps(page);
    await expectReadingIn(page, 'Deutsch');
  });
});

for (const { visitor, buttons } of [
  { visitor: ['es', 'fr'] as const, buttons: ['Deutsch', 'Español', 'Français'] },
  { visitor: ['fr', 'de'] as const, buttons: ['Deutsch', 'Français'] },
]) {
  test.describe(`languages.visitor ${JSON.stringify(visitor)} on a German screen`, () => {
    test.use({ locale: 'de-DE', coreOptions: { secrets: { laps: { enabled: true, readAloud: true } }, languages: { visitor } } });

    test('offers the screen’s language and the listed ones, in the list’s order', async ({ page }) => {
      await revealLaps(page);
      await expect(languageRow(page).getByRole('button')).toHaveText(buttons);
    });
  });
}

for (const visitor of [[], ['de']] as const) {
  test.describe(`languages.visitor ${JSON.stringify(visitor)} on a German screen`, () => {
    test.use({ locale: 'de-DE', coreOptions: { secrets: { laps: { enabled: true, readAloud: true } }, languages: { visitor } } });

    test('offers no other language: no row, the spelling and reading in German', async ({ page }) => {
      await revealLaps(page);
      await page.getByRole('button', { name: 'Buchstabieren' }).click();
      await expect(page.getByTestId('spelling').locator('li').first()).toHaveText(GERMAN_FIRST_GROUP);
      await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible();
      await expect(page.getByTestId('visitor-language')).toHaveCount(0);
    });
  });
}

test.describe('languages.screen in the config on an English machine', () => {
  test.use({ locale: 'en-US', coreOptions: { languages: { screen: 'de' } } });

  test('the screen speaks German from its first screen on', async ({ page }) => {
    await page.addInitScript(() => {
      const page = globalThis as unknown as PageGlobals;
      page.firstScreen = null;
      new page.MutationObserver((_, observer) => {
        const app = page.document.getElementById('app');
        if (!app || app.childElementCount === 0) return;
        page.firstScreen = { lang: page.document.documentElement.lang, text: app.textContent ?? '' };
        observer.disconnect();
      }).observe(page.document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(page.getByLabel(DE_SEARCH)).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const first = await page.evaluate(() => (globalThis as unknown as PageGlobals).firstScreen);
    expect(first?.lang).toBe('de');
    expect(first?.text).toContain('Suchen');
    expect(first?.text).not.toMatch(/\bSearch\b/);
    await showDevice(page, mac.serialNumber);
    await expect(page.getByTestId('lock-status').getByText('Gesperrt', { exact: true })).toBeVisible();
  });
});

test.describe('languages.screen in the config and ?lang= in the page', () => {
  test.use({ locale: 'en-US', coreOptions: { languages: { screen: 'de' } }, kioskQuery: '?lang=fr' });

  test('the page’s language wins over the config’s', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Rechercher', exact: true })).toBeVisible();
  });
});
