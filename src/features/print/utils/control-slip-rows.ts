import { nonHandoffActions } from '../../../domain/control-slip.ts';
import type { HolderRef } from '../../../domain/schemas/common.ts';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';

/** Steps before the dossier was received belong to the portal, not to the control slip. */
const intakeActions: ReadonlySet<DossierEvent['action']> = new Set(['receive', 'accept_online']);

export interface ControlSlipRow {
  event: DossierEvent;
  /** null: the applicant handed it in (the first row). */
  from: HolderRef | null;
  /** null: the result went back to the applicant (the last row of a returned dossier). */
  to: HolderRef | null;
  at: string;
  /** The deadline of this leg: set by the handoff that started it. */
  deadlineAt: string | null;
  result: DossierEvent['legResult'];
  note: string;
}

/**
 * The rows of form 06, oldest first: one per handoff from the receipt on. Each handoff
 * ends the leg the previous one started, so a row's deadline is the previous handoff's
 * `legDeadlineAt` and its result is its own `legResult`. An apology hands nothing over.
 */
export function controlSlipRows(events: readonly DossierEvent[]): ControlSlipRow[] {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const start = ordered.findIndex((event) => intakeActions.has(event.action));
  if (start < 0) return [];
  const rows: ControlSlipRow[] = [];
  let previous: DossierEvent | null = null;
  for (const event of ordered.slice(start)) {
    if (nonHandoffActions.has(event.action)) continue;
    rows.push({
      event,
      from: previous === null ? null : event.fromHolder,
      to: event.action === 'return_result' ? null : event.toHolder,
      at: event.at,
      deadlineAt: previous?.legDeadlineAt ?? null,
      result: event.legResult,
      note: event.note,
    });
    previous = event;
  }
  return rows;
}
