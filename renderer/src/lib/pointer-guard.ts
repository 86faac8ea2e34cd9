/**
 * Nothing moves under the pointer: after a press changes the screen (a question opens, a view replaces another, the
 * page scrolls to a focused button), no other control may come to rest under the pointer that pressed, where a second
 * tap or the second click of a double click would press it unseen ("Lock device…" becoming "Send lock").
 * While the pointer stays where it pressed, each change of the page is checked once laid out, and the page scrolls
 * the least that moves such a control out from under it.
 */
const CONTROLS = 'button, a[href], input, select, textarea, summary, [role="button"]';

/** How long after a press a change of the page still counts as its answer (a reveal waits for Intune). */
const WATCH_MS = 3_000;
/** Room left between the pointer and the control moved away from it, in CSS pixels. */
const MARGIN = 8;

interface Press {
  pressed: Element | null;
  x: number;
  y: number;
  until: number;
}

export function guardPointer(win: Window): () => void {
  const doc = win.document;
  let press: Press | null = null;
  let frame = 0;

  const controlAt = (x: number, y: number): Element | null => doc.elementFromPoint(x, y)?.closest(CONTROLS) ?? null;

  const check = () => {
    frame = 0;
    if (!press) return;
    const { pressed, x, y } = press;
    const hit = controlAt(x, y);
    if (!hit || hit === pressed) return;
    const box = hit.getBoundingClientRect();
    // Either move the page up until the control ends above the pointer, or down until it starts below it: the
    // smaller move first, and only a move that leaves no other control under the pointer.
    const up = box.bottom - y + MARGIN;
    const down = -(y - box.top + MARGIN);
    for (const delta of Math.abs(up) <= Math.abs(down) ? [up, down] : [down, up]) {
      const before = win.scrollY;
      win.scrollBy({ top: delta, behavior: 'instant' });
      const now = controlAt(x, y);
      if (win.scrollY !== before && (!now || now === pressed)) return;
      win.scrollTo({ top: before, behavior: 'instant' });
    }
  };
  const schedule = () => {
    // The window is the time of the change, not of its frames: a busy machine may paint a prompt answer late.
    if (press && win.performance.now() > press.until) press = null;
    // Two frames: the first lets the page lay out (and scroll to what took focus), the second sees the result.
    if (press && !frame) frame = win.requestAnimationFrame(() => (frame = win.requestAnimationFrame(check)));
  };

  const onclick = (event: MouseEvent) => {
    // A click from the keyboard (Enter, Space) has no pointer resting on the page.
    if (event.detail === 0) return;
    const target = event.target instanceof Element ? event.target : null;
    press = { pressed: target?.closest(CONTROLS) ?? null, x: event.clientX, y: event.clientY, until: event.timeStamp + WATCH_MS };
    schedule();
  };
  // A pointer that moves on is no longer resting on the spot it pressed.
  const onmove = (event: PointerEvent) => {
    if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) > MARGIN) press = null;
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true });
  win.addEventListener('click', onclick, true);
  win.addEventListener('pointermove', onmove, true);
  return () => {
    observer.disconnect();
    win.removeEventListener('click', onclick, true);
    win.removeEventListener('pointermove', onmove, true);
    if (frame) win.cancelAnimationFrame(frame);
  };
}
