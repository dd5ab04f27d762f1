import { createContext, use, useEffect } from 'react';

/** Something the current page can do, offered in the command palette (e.g. a step on the open dossier). */
export interface PageCommand {
  id: string;
  label: string;
  /** A step that ends something: shown in red. */
  danger?: boolean;
  run: () => void;
}

/** Sets the current page's commands (null when it leaves). Provided by the app frame. */
export const PageCommandsContext = createContext<((commands: readonly PageCommand[] | null) => void) | null>(null);

/**
 * Offers `commands` in the command palette while the calling component is mounted. Pass a
 * stable (memoised) array: a new one replaces the previous.
 */
export function usePageCommands(commands: readonly PageCommand[]): void {
  const setCommands = use(PageCommandsContext);
  useEffect(() => {
    if (!setCommands) return;
    setCommands(commands);
    return () => setCommands(null);
  }, [setCommands, commands]);
}
