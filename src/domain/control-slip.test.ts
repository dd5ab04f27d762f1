import { describe, expect, it } from 'vitest';
import { WorkingCalendar, defaultWorkingTimeSettings } from './working-time.ts';
import { legDeadline } from './control-slip.ts';

const calendar = new WorkingCalendar(defaultWorkingTimeSettings, []);
const at = (iso: string) => new Date(iso);

describe('legDeadline', () => {
  // A 3-working-day dossier: 1440 working minutes; received Monday 10:00, due Thursday 10:00.
  const dossier = { receivedAt: at('2026-11-23T10:00:00+07:00'), appointmentAt: at('2026-11-26T10:00:00+07:00') };

  it('gives the desk 10% (144 min) from the start of its leg', () => {
    // 10:00 + 90 min to 11:30, then 54 min from 13:30 → 14:24.
    expect(legDeadline(calendar, 'desk_intake', dossier.receivedAt, dossier).toISOString()).toBe(at('2026-11-23T14:24:00+07:00').toISOString());
  });

  it('gives the handler 65% (936 min)', () => {
    // From Monday 15:00: 120 min Monday, 480 Tuesday, 336 Wednesday → 07:00 + 270 to 11:30, 13:30 + 66 = 14:36.
    expect(legDeadline(calendar, 'handler', at('2026-11-23T15:00:00+07:00'), dossier).toISOString()).toBe(at('2026-11-25T14:36:00+07:00').toISOString());
  });

  it('gives the return leg until the appointment', () => {
    expect(legDeadline(calendar, 'desk_return', at('2026-11-24T15:00:00+07:00'), dossier).toISOString()).toBe(dossier.appointmentAt.toISOString());
  });

  it('never runs past the appointment', () => {
    expect(legDeadline(calendar, 'handler', at('2026-11-25T16:00:00+07:00'), dossier).toISOString()).toBe(dossier.appointmentAt.toISOString());
  });

  it('is due at once when the leg starts after the appointment', () => {
    const start = at('2026-11-27T09:00:00+07:00');
    expect(legDeadline(calendar, 'approval', start, dossier).toISOString()).toBe(start.toISOString());
  });
});
