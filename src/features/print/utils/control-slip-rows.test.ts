import { describe, expect, it } from 'vitest';
import type { HolderRef } from '../../../domain/schemas/common.ts';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';
import { controlSlipRows } from './control-slip-rows.ts';

const desk: HolderRef = { unitId: 'u1', unitName: 'Trung tâm', unitShortName: 'TT', userId: 'p1', userName: 'Hà' };
const office: HolderRef = { unitId: 'u2', unitName: 'Văn phòng', unitShortName: 'VP', userId: null, userName: null };

function event(seq: number, action: DossierEvent['action'], extra: Partial<DossierEvent> = {}): DossierEvent {
  return {
    id: `e${seq}`, seq, at: `2026-11-2${seq}T09:00:00+07:00`, action, actorName: 'Hà', actorRole: 'desk_officer',
    fromStatus: null, toStatus: 'received', fromHolder: desk, toHolder: office, note: '', details: {},
    legDeadlineAt: null, legResult: null, ...extra,
  };
}

describe('controlSlipRows', () => {
  it('gives each handoff the deadline its predecessor set, oldest first, skipping apologies and the portal', () => {
    const rows = controlSlipRows([
      event(4, 'hand_over', { legDeadlineAt: 'D2', legResult: 'on_time', note: 'chuyển' }),
      event(1, 'submit_online', { legDeadlineAt: 'X' }),
      event(2, 'accept_online', { fromHolder: null, toHolder: desk, legDeadlineAt: 'D1' }),
      event(3, 'apologize', { legDeadlineAt: 'Y' }),
      event(5, 'return_result', { legResult: 'late' }),
    ]);
    expect(rows.map((row) => [row.event.seq, row.deadlineAt, row.result])).toEqual([
      [2, null, null],
      [4, 'D1', 'on_time'],
      [5, 'D2', 'late'],
    ]);
    // The first row comes from the applicant, the return goes back to the applicant.
    expect(rows[0]!.from).toBeNull();
    expect(rows[0]!.to).toEqual(desk);
    expect(rows[2]!.to).toBeNull();
    expect(rows[1]!.note).toBe('chuyển');
  });

  it('is empty before the dossier is received', () => {
    expect(controlSlipRows([event(1, 'submit_online')])).toEqual([]);
  });
});
