import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, type RefObject } from 'react';
import { rowLinkAttribute } from '../../../lib/focus-return.ts';
import { isOverlayOpen } from '../../../lib/overlay.ts';

function rowLinks(table: HTMLElement | null): HTMLElement[] {
  return table ? [...table.querySelectorAll<HTMLElement>(`[${rowLinkAttribute}]`)] : [];
}

/**
 * J and K (or ↓ and ↑ once a row has focus) move through the rows of the list, focusing
 * each row's code link, so Enter opens it. When the row that had focus goes (a step taken
 * from it moved the dossier out of the queue), focus moves to the row now in its place
 * instead of falling back to the page.
 */
export function useRowKeys(table: RefObject<HTMLElement | null>, rows: readonly unknown[]) {
  const lastIndex = useRef<number | null>(null);

  function move(step: 1 | -1) {
    if (isOverlayOpen()) return;
    const links = rowLinks(table.current);
    if (links.length === 0) return;
    const current = links.findIndex((link) => link.closest('tr')?.contains(document.activeElement));
    const next = current < 0 ? (step === 1 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, current + step));
    links[next]?.focus();
  }

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
  ]);

  useEffect(() => {
    const element = table.current;
    if (!element) return;
    const remember = (event: FocusEvent) => {
      const row = event.target instanceof Element ? event.target.closest('tr') : null;
      const links = rowLinks(element);
      const index = links.findIndex((link) => link.closest('tr') === row);
      lastIndex.current = index >= 0 ? index : null;
    };
    // Arrows only move between rows while a row's link has focus (elsewhere they scroll).
    const arrows = (event: KeyboardEvent) => {
      if (!(event.target instanceof HTMLElement) || !event.target.hasAttribute(rowLinkAttribute)) return;
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    };
    const forget = (event: FocusEvent) => {
      if (!(event.target instanceof Node) || !element.contains(event.target)) lastIndex.current = null;
    };
    element.addEventListener('focusin', remember);
    element.addEventListener('keydown', arrows);
    document.addEventListener('focusin', forget);
    return () => {
      element.removeEventListener('focusin', remember);
      element.removeEventListener('keydown', arrows);
      document.removeEventListener('focusin', forget);
    };
  });

  // The rows changed under a focused row: give focus to the row now at its place.
  useEffect(() => {
    if (lastIndex.current === null || rows.length === 0) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const links = rowLinks(table.current);
    links[Math.min(lastIndex.current, links.length - 1)]?.focus();
  }, [rows, table]);
}
