import { useEffect, useEffectEvent } from 'react';
import { parseCitizenCard, type CitizenCard } from '../../../domain/citizen-card.ts';

/** A scanner that sends no Enter after the code: the scan ends when the keys stop. */
const IDLE_END_MS = 800;

type TextField = HTMLInputElement | HTMLTextAreaElement;

function isTextField(target: EventTarget | null): target is TextField {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/**
 * Gives a text field back the value it had, the way a person's typing would change it (the
 * native setter and an `input` event), so react-hook-form and controlled Mantine inputs
 * both see it.
 */
function restoreValue(field: TextField, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface CardScanHandlers {
  /** Off while a dialog over the form has the keyboard. @default true */
  enabled?: boolean;
  /** A card was scanned; `origin` is what had focus when the scan began. */
  onCard: (card: CitizenCard, origin: EventTarget | null) => void;
  /** Something shaped like a card's code arrived but could not be read. */
  onUnreadable: () => void;
}

/**
 * A desk scanner reads the QR code of a citizen ID card (CCCD) and types it like a very fast
 * keyboard: `<12-digit ID>|<old ID>|<name>|…`, then Enter. While the intake form is on
 * screen, wherever focus is: twelve digits then `|` can only be a card, so from the `|` on
 * the keys are taken (nothing else sees them, not even the procedure picker's Enter), the
 * digits already typed into the focused field are taken back, and at Enter (or when the
 * keys stop) the card is read. A person typing an ID number never types `|`, so typing is
 * never disturbed.
 */
export function useCardScan(handlers: CardScanHandlers): void {
  const onCard = useEffectEvent(handlers.onCard);
  const onUnreadable = useEffectEvent(handlers.onUnreadable);
  const enabled = handlers.enabled ?? true;

  useEffect(() => {
    if (!enabled) return undefined;
    let buffer = '';
    let scanning = false;
    let origin: EventTarget | null = null;
    let before: { field: TextField; value: string } | null = null;
    let idle: ReturnType<typeof setTimeout> | undefined;

    const reset = () => {
      buffer = '';
      scanning = false;
      origin = null;
      before = null;
      clearTimeout(idle);
    };
    const finish = () => {
      const card = parseCitizenCard(buffer);
      const from = origin;
      reset();
      if (card) onCard(card, from);
      else onUnreadable();
    };

    const keepScanning = () => {
      clearTimeout(idle);
      idle = setTimeout(finish, IDLE_END_MS);
    };
    const listener = (event: KeyboardEvent) => {
      const { key } = event;
      if (scanning) {
        // The scan's own keys: nobody else acts on them.
        event.preventDefault();
        event.stopImmediatePropagation();
        if (key === 'Enter') return finish();
        if (key === 'Escape') return reset();
        // Alt+numpad codes spell a character that arrives as text (see below), not as this key.
        if (key.length === 1 && !event.altKey) buffer += key;
        keepScanning();
        return;
      }
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return reset();
      if (/^\d$/.test(key)) {
        if (buffer.length === 0 || buffer.length >= 12) {
          // A possible card starts: remember the field as it was before its first digit.
          buffer = '';
          origin = event.target;
          before = isTextField(event.target) ? { field: event.target, value: event.target.value } : null;
        }
        buffer += key;
        return;
      }
      if (key === '|' && /^\d{12}$/.test(buffer)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        if (before) restoreValue(before.field, before.value);
        buffer += key;
        scanning = true;
        keepScanning();
        return;
      }
      // Shift and other keys without a character neither start nor break a card.
      if (key.length === 1 || ['Enter', 'Tab', 'Backspace', 'Delete', 'Escape'].includes(key)) reset();
    };
    // Letters a keyboard layout does not have (the name's and address's diacritics, typed by
    // the scanner as Unicode or Alt codes) arrive as text without a key of their own.
    const textListener = (event: InputEvent) => {
      if (!scanning || !event.data) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      buffer += event.data;
      keepScanning();
    };
    // Capture, on the window: before the focused field, the picker or any shortcut sees the key.
    window.addEventListener('keydown', listener, { capture: true });
    window.addEventListener('beforeinput', textListener, { capture: true });
    return () => {
      window.removeEventListener('keydown', listener, { capture: true });
      window.removeEventListener('beforeinput', textListener, { capture: true });
      clearTimeout(idle);
    };
  }, [enabled]);
}
