import { useEffect, useState } from 'react';

/** A `blob:` URL for the blob while the component shows it, released afterwards. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [entry, setEntry] = useState<{ blob: Blob; url: string } | null>(null);
  useEffect(() => {
    // jsdom has no object URLs: the preview then stays on its loading state.
    if (!blob || typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(blob);
    // The effect owns an outside resource (the object URL) and keeps its handle in state;
    // revoking it is the cleanup. That is what an effect is for, whatever the heuristic says.
    // oxlint-disable-next-line react/set-state-in-effect
    setEntry({ blob, url });
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  // A URL made for an earlier blob is never shown for the current one.
  return entry && entry.blob === blob ? entry.url : undefined;
}
