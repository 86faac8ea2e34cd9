// Where a text on screen ends its lines, read from the rendered boxes of its characters.
import type { Locator } from '@playwright/test';
import type { PageGlobals } from './page-globals';

/**
 * The rendered lines of the element's text, as the characters that start each line after the first. Characters
 * whose boxes share a top are on one line; white space is left out (a space at a line's end may have no box).
 */
export async function lineStarts(element: Locator): Promise<{ text: string; starts: number[] }> {
  return element.evaluate((el) => {
    const { document } = globalThis as unknown as PageGlobals;
    const walker = document.createTreeWalker(el, 4);
    let text = '';
    const tops: Array<number | null> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        text += node.data[i];
        tops.push(/\s/.test(node.data[i]!) || !box ? null : box.top);
      }
    }
    const starts: number[] = [];
    let lineTop: number | null = null;
    tops.forEach((top, i) => {
      if (top === null) return;
      if (lineTop !== null && top > lineTop + 2) starts.push(i);
      if (lineTop === null || top > lineTop + 2) lineTop = top;
    });
    return { text, starts };
  });
}

/** The places a text broke that a reader would call mid-word: a line starting after a character not in `after`. */
export async function midWordBreaks(element: Locator, after: RegExp): Promise<string[]> {
  const { text, starts } = await lineStarts(element);
  return starts.filter((i) => !after.test(text[i - 1] ?? '')).map((i) => `${text.slice(0, i)} | ${text.slice(i)}`);
}
