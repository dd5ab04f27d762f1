// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget } from './use-scanner.ts';

function element(html: string): Element {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.firstElementChild!;
}

describe('where a scan is typed rather than opened', () => {
  it('is typed into text fields, text areas and selects', () => {
    for (const html of ['<input>', '<input type="search">', '<input type="tel">', '<textarea></textarea>', '<select></select>']) {
      const target = element(html);
      document.body.append(target);
      expect(isTypingTarget(target), html).toBe(true);
      target.remove();
    }
  });

  it('opens the dossier from buttons, links, tick boxes and read-only fields (a picker that is not searchable)', () => {
    for (const html of ['<button>x</button>', '<a href="/">x</a>', '<input type="checkbox">', '<input readonly>', '<textarea readonly></textarea>', '<div></div>']) {
      expect(isTypingTarget(element(html)), html).toBe(false);
    }
    expect(isTypingTarget(null)).toBe(false);
  });
});
