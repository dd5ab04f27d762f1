import { describe, expect, it } from 'vitest';
import type { HolderRef } from '../../../domain/schemas/common.ts';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';
import { controlSlip } from './control-slip-legs.ts';

const centre = { unitId: '00000000-0000-4000-8000-000000000001', unitName: 'Trung tâm', unitShortName: 'TT', userId: null, userName: null };
const desk: HolderRef = { ...centre, userId: '00000000-0000-4000-8000-0000000000a1', userName: 'Hà' };
const office: HolderRef = { unitId: '00000000-0000-4000-8000-000000000002', unitName: 'Văn phòng', unitShortName: 'VP', userId: null, userName: null };
const handler: HolderRef = { ...office, userId: '00000000-0000-4000-8000-0000000000b1', userName: 'Mai' };

let seq = 0;
function event(action: DossierEvent['action'], from: HolderRef | null, to: HolderRef, extra: Partial<DossierEvent> = {}): DossierEvent {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    at: `2026-11-23T0${seq}:00:00.000Z`,
    action,
    actorName: null,
    actorRole: null,
    fromStatus: null,
    toStatus: 'processing',
    fromHolder: from,
    toHolder: to,
    note: '',
    details: {},
    legDeadlineAt: null,
    legResult: null,
    ...extra,
  };
}

describe('controlSlip', () => {
  it('pairs each handoff with the deadline the previous one set, and skips steps that move nothing', () => {
    seq = 0;
    const events = [
      event('receive', null, desk, { legDeadlineAt: 'D1' }),
      event('hand_over', desk, office, { legDeadlineAt: 'D2', legResult: 'on_time' }),
      event('apologize', office, office, { legDeadlineAt: null }),
      event('assign', office, handler, { legDeadlineAt: 'D3', legResult: 'late' }),
    ];
    const slip = controlSlip([...events].reverse(), true);
    expect(slip.rows.map((row) => [row.event.action, row.from?.unitShortName ?? null, row.deadlineAt, row.result])).toEqual([
      ['receive', null, null, null],
      ['hand_over', 'TT', 'D1', 'on_time'],
      ['assign', 'VP', 'D2', 'late'],
    ]);
    expect(slip.current).toEqual({ since: events[3]!.at, deadlineAt: 'D3' });
  });

  it('has no running leg once the dossier is closed', () => {
    seq = 0;
    expect(controlSlip([event('receive', null, desk)], false).current).toBeNull();
  });
});
