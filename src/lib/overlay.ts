/**
 * Whether a dialog, menu or open picker is on screen. Single-key shortcuts (j, k, ?) are
 * the page's: while one of these is open, its keys are its own.
 */
export function isOverlayOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="menu"], [role="listbox"]') !== null;
}
