/**
 * The intake form starts on the procedure of the last receipt: a desk often receives the
 * same kind of dossier all morning. Kept in this browser's storage (the desk's computer),
 * not on the server: it is a convenience of the workstation, not data.
 */
const storageKey = 'motcua.intake.lastProcedure';

export function rememberedProcedureId(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    // Storage refused (private mode, a policy): the form simply starts empty.
    return null;
  }
}

export function rememberProcedure(procedureId: string): void {
  try {
    if (procedureId) window.localStorage.setItem(storageKey, procedureId);
  } catch {
    // Nothing to remember it in.
  }
}
