// Every demo scenario, as a technician at the counter meets it: at 1280×800 and at 200 % zoom, in English, German,
// French and Spanish. Nothing scrolls sideways, no button's words spill out of it, and no control that takes focus ends
// up under the sticky header (the page keeps it clear with scroll-padding-top).
import type { Page } from '@playwright/test';
import { DEMO_SERIALS, expect, showDevice, test } from './fixtures';
import type { PageGlobals } from './page-globals';

/** What does not fit: sideways scroll of the page, buttons whose words are wider than they are, focus under the header. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      // Name the innermost element that reaches past the edge.
      const past = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5);
      const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
      const named = innermost.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      found.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth} px (${named.join(', ')})`);
    }
    for (const button of document.querySelectorAll('button')) {
      if (button.scrollWidth > button.clientWidth + 1) found.push(`button "${button.textContent?.trim()}" overflows by ${button.scrollWidth - button.clientWidth} px`);
    }
    return found;
  });
}

/** Tabs down the screen and back up; every control that takes focus must be in sight below the sticky header. */
async function focusUnderHeader(page: Page): Promise<string[]> {
  const found: string[] = [];
  const headerBottom = (await page.locator('header').first().boundingBox())!.height;
  for (const key of [...Array<string>(12).fill('Tab'), ...Array<string>(12).fill('Shift+Tab')]) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      const el = document.activeElement;
      if (!el || el === document.body || el.closest('header')) return null;
      const rect = el.getBoundingClientRect();
      return { name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40), top: rect.top };
    });
    if (focused && focused.top < headerBottom - 1) found.push(`"${focused.name}" is under the header (top ${Math.round(focused.top)} px, header ${Math.round(headerBottom)} px)`);
  }
  return found;
}

for (const { lang, query } of [
  { lang: 'English', query: '' },
  { lang: 'German', query: '?lang=de' },
  { lang: 'French', query: '?lang=fr' },
  { lang: 'Spanish', query: '?lang=es' },
]) {
  for (const zoom of [100, 200] as const) {
    test.describe(`every demo device in ${lang} at ${zoom} %`, () => {
      test.use({
        kioskQuery: query,
        ...(zoom === 200 ? { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } : { viewport: { width: 1280, height: 800 } }),
      });

      test('fits the screen and keeps focus clear of the header', async ({ page }) => {
        test.slow();
        const problems: string[] = [];
        for (const serial of DEMO_SERIALS) {
          await showDevice(page, serial);
          problems.push(...(await misfits(page)).map((p) => `${serial}: ${p}`));
          problems.push(...(await focusUnderHeader(page)).map((p) => `${serial}: ${p}`));
          await page.keyboard.press('Escape');
          await expect(page.getByTestId('device-serial')).toHaveCount(0);
        }
        expect(problems).toEqual([]);
      });
    });
  }
}
