/**
 * Where focus goes back to when a dialog closes. Mantine gives focus back to whatever had
 * it when the dialog opened, which fails in the two commonest cases: the dialog was opened
 * from a menu item (gone with its menu), or the step it took removed or disabled its
 * button (the action bar changes, the bulk button is disabled once nothing is ticked).
 */

/** The main content landmark of the app frame (focusable with tabIndex -1). */
export const mainContentId = 'main-content';

/** Marks the link of each row of a dossier list (J/K move through them). */
export const rowLinkAttribute = 'data-row-link';

/**
 * The first row of the list on screen: where focus goes after a step taken from a queue
 * took its dossier away — the next dossier to work on, one Enter away.
 */
export function firstListRow(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#${mainContentId} [${rowLinkAttribute}]`);
}

/**
 * What opened a dialog, from the element that had focus as it opened: an item of a menu
 * stands for the menu's own button (Mantine names a menu's dropdown `<button id>-dropdown`).
 */
export function dialogOpener(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const menu = active.closest('[role="menu"]');
  if (menu?.id.endsWith('-dropdown')) return document.getElementById(menu.id.slice(0, -'-dropdown'.length));
  return active;
}

function focusable(element: HTMLElement | null | undefined): element is HTMLElement {
  return !!element && element.isConnected && !element.matches(':disabled, [aria-disabled="true"]') && !element.closest('[hidden], [inert]');
}

/**
 * Gives focus back: to the opener if it can still take it, else to the fallback, else to
 * the main content. Leaves focus alone if something outside the closed dialog (and not
 * the page body) already took it.
 */
export function returnFocus(dialog: Element | null, opener: HTMLElement | null, fallback?: () => HTMLElement | null): void {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected && !dialog?.contains(active)) return;
  for (const candidate of [opener, fallback?.(), document.getElementById(mainContentId)]) {
    if (!focusable(candidate)) continue;
    candidate.focus({ preventScroll: candidate.id === mainContentId });
    if (document.activeElement === candidate) return;
  }
}
