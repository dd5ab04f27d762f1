import { lazy, Suspense, useLayoutEffect, useRef, useState, type ComponentType, type RefObject } from 'react';

/** What a control loaded by `lazyControl` gets besides its own props. */
export interface LazyControlProps {
  /** Its placeholder was used before it arrived: open at once (the menu, the picker). */
  openOnArrival: boolean;
}

/** What the placeholder of a `lazyControl` gets besides the control's props. */
export interface ControlPlaceholderProps {
  /** The placeholder was used (clicked, Enter, a key typed): the control opens when it arrives. */
  onUse: () => void;
}

const focusable = 'button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Inside the Suspense boundary, after the control: runs once the control is on screen. */
function Arrived({ box, hadFocus }: { box: RefObject<HTMLSpanElement | null>; hadFocus: RefObject<boolean> }) {
  useLayoutEffect(() => {
    // The placeholder had focus and was replaced: the control takes it, unless the officer
    // has moved on since.
    const active = document.activeElement;
    if (hadFocus.current && (!active || active === document.body)) box.current?.querySelector<HTMLElement>(focusable)?.focus();
  }, [box, hadFocus]);
  return null;
}

/**
 * A control (a menu, a picker) in a chunk of its own that the page does not wait for: it is
 * requested as the page first renders, and until it arrives `Placeholder` stands in its
 * place, drawn as the closed control, so the page paints without it and nothing moves when
 * it comes. A placeholder used in the meantime is not a lost click: the control opens on
 * arrival (`openOnArrival`), and takes focus if the placeholder had it. For the controls of
 * the list's first screen (src/lib/lazy-component.tsx is for what is not shown at first).
 *
 * `const UserMenu = lazyControl(async () => (await import('./user-menu.tsx')).UserMenu, UserMenuPlaceholder)`
 */
export function lazyControl<Props extends object>(
  load: () => Promise<ComponentType<Props & LazyControlProps>>,
  Placeholder: ComponentType<Props & ControlPlaceholderProps>,
): ComponentType<Props> {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function LazyControl(props: Props) {
    const [used, setUsed] = useState(false);
    const box = useRef<HTMLSpanElement>(null);
    const hadFocus = useRef(false);
    const placeholder = (
      <span
        style={{ display: 'contents' }}
        onFocus={() => {
          hadFocus.current = true;
        }}
        // Focus moved elsewhere (not just the placeholder leaving the page).
        onBlur={(event) => {
          if (event.relatedTarget) hadFocus.current = false;
        }}
      >
        <Placeholder {...props} onUse={() => setUsed(true)} />
      </span>
    );
    return (
      <span ref={box} style={{ display: 'contents' }}>
        <Suspense fallback={placeholder}>
          <Loaded {...props} openOnArrival={used} />
          <Arrived box={box} hadFocus={hadFocus} />
        </Suspense>
      </span>
    );
  };
}
