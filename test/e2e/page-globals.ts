// The Node type check has no DOM library; code that runs in the page names the few browser globals it uses here.
// Usage inside page.evaluate: `const { document } = globalThis as unknown as PageGlobals;`

interface Style {
  fontFamily: string;
  color: string;
  borderTopColor: string;
  backgroundColor: string;
  userSelect: string;
  outlineStyle: string;
  animationName: string;
  fontSize: string;
  textDecorationLine: string;
}

interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
}

interface PageElement {
  textContent: string | null;
  tagName: string;
  className: unknown;
  scrollWidth: number;
  clientWidth: number;
  childElementCount: number;
  getAttribute(name: string): string | null;
  closest(selectors: string): PageElement | null;
  contains(other: PageElement): boolean;
  getBoundingClientRect(): Box;
  dispatchEvent(event: unknown): boolean;
}

export interface PageGlobals {
  document: {
    body: PageElement;
    activeElement: PageElement | null;
    querySelectorAll(selectors: string): Iterable<PageElement>;
    documentElement: { lang: string; scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number };
    getElementById(id: string): PageElement | null;
    createRange(): {
      selectNodeContents(node: unknown): void;
      setStart(node: unknown, offset: number): void;
      setEnd(node: unknown, offset: number): void;
      getClientRects(): ArrayLike<Box>;
    };
    /** `whatToShow` 4 (NodeFilter.SHOW_TEXT) walks the text nodes under `root`. */
    createTreeWalker(root: unknown, whatToShow: number): { nextNode(): { data: string } | null };
  };
  innerHeight: number;
  innerWidth: number;
  getComputedStyle(element: unknown, pseudo?: string): Style;
  getSelection(): { removeAllRanges(): void; addRange(range: unknown): void } | null;
  ClipboardEvent: new (type: string, init: { bubbles: boolean; cancelable: boolean; clipboardData: unknown }) => unknown;
  DataTransfer: new () => unknown;
  speechSynthesis: { speak(utterance: { lang: string; text: string }): void };
  /** What the Read aloud stub heard. */
  spoken: string[];
  MutationObserver: new (callback: (records: unknown, observer: { disconnect(): void }) => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void;
  };
  /** The page's language and words when its first screen was put in, before anything could change them. */
  firstScreen: { lang: string; text: string } | null;
}
