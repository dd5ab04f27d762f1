/**
 * Whether a dialog, a menu or an open picker is on screen. Single-key shortcuts (j, k, ?) are
 * the page's: while one of these is open, its keys are its own. Popovers and pickers may stay
 * in the page while closed (hidden): only what is displayed counts.
 */
export function isOverlayOpen(): boolean {
  const overlays = document.querySelectorAll('[role="dialog"], [role="menu"], [role="combobox"][aria-expanded="true"]');
  return [...overlays].some((element) => element.getClientRects().length > 0);
}
