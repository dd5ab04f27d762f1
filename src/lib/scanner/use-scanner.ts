import { useEffect, useEffectEvent } from 'react';
import { createBurstDetector } from './burst-detector.ts';

const typedInputTypes = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

/**
 * A field that takes typed text: a scan there is typed into it, as any keyboard's would be.
 * A read-only one (a picker that is not searchable) takes none: a scan there opens the dossier.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  return target instanceof HTMLInputElement && typedInputTypes.has(target.type) && !target.readOnly;
}

/**
 * Listens for scans anywhere on the page except in text fields: each fast burst of keys
 * ending in Enter goes to `onScan`, which returns true when it took it (the Enter then does
 * nothing else, e.g. it does not also follow the link that has focus).
 */
export function useScanner(onScan: (text: string) => boolean) {
  const handle = useEffectEvent(onScan);
  useEffect(() => {
    const detector = createBurstDetector();
    const listener = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing || isTypingTarget(event.target)) {
        detector.reset();
        return;
      }
      const burst = detector.key(event.key, event.timeStamp);
      if (burst !== null && handle(burst)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // Capture: before the focused element or any shortcut sees the Enter.
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);
}
