import { nonHandoffActions } from '../../../domain/control-slip.ts';
import type { HolderRef } from '../../../domain/schemas/common.ts';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';

/** One row of the control slip (form 06): a handoff, and how the leg it ended went. */
export interface ControlSlipRow {
  event: DossierEvent;
  /** null for the first row: the dossier came from the applicant. */
  from: HolderRef | null;
  to: HolderRef;
  /** Deadline of the leg this handoff ended (the giver's), null when that leg was untimed. */
  deadlineAt: string | null;
  result: DossierEvent['legResult'];
}

export interface ControlSlip {
  rows: ControlSlipRow[];
  /** The leg running now (open dossiers): since when the holder has it, and by when they should pass it on. */
  current: { since: string; deadlineAt: string | null } | null;
}

function sameHolder(a: HolderRef | null, b: HolderRef | null): boolean {
  return !!a && !!b && a.unitId === b.unitId && a.userId === b.userId;
}

/**
 * The control slip from the history. An event records the deadline of the leg it starts
 * and the result of the leg it ends, so a row pairs each handoff's result with the
 * deadline the previous handoff set. Steps that do not move the dossier (an apology, a
 * completion request answered at the same desk) are not handoffs.
 */
export function controlSlip(events: readonly DossierEvent[], open: boolean): ControlSlip {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const rows: ControlSlipRow[] = [];
  // The API closes "the leg the last step started", whichever step that was.
  let runningDeadline: string | null = null;
  for (const event of ordered) {
    if (nonHandoffActions.has(event.action) || !event.toHolder) continue;
    const endedDeadline = runningDeadline;
    runningDeadline = event.legDeadlineAt;
    const moved = !sameHolder(event.fromHolder, event.toHolder);
    if (rows.length > 0 && !moved && event.legResult === null) continue;
    rows.push({
      event,
      from: rows.length > 0 ? event.fromHolder : null,
      to: event.toHolder,
      deadlineAt: endedDeadline,
      result: event.legResult,
    });
  }
  const last = rows.at(-1);
  return {
    rows,
    current: open && last ? { since: last.event.at, deadlineAt: runningDeadline } : null,
  };
}
