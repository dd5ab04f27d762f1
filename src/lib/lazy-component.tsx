import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component in a chunk of its own, downloaded when it first renders; nothing is shown
 * until it has arrived. For what a page does not need to open: dialogs, panels opened on
 * demand, tools of some roles' queues. `const Dialog = lazyComponent(async () => (await import('./dialog.tsx')).Dialog)`.
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function LazyComponent(props: Props) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
