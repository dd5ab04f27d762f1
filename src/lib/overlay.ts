/**
 * Whether a dialog, a menu or an open picker is on screen. Single-key shortcuts (j, k, ?) are
 * the page's: while one of these is open, its keys are its own. (Pickers keep their option
 * lists in the page while closed: an open one is told by its expanded combobox.)
 */
export function isOverlayOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="menu"], [role="combobox"][aria-expanded="true"]') !== null;
}
