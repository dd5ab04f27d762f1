import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';
import type { SupplementClock } from '../../src/domain/channels.ts';
import { legFieldsOfStep } from '../../src/domain/control-slip.ts';
import type { WorkingCalendar } from '../../src/domain/working-time.ts';
import { loadWorkingCalendar } from '../../src/server/services/calendar-service.ts';

// The whole lifecycle on the real, ticking clock: every other API test runs at a frozen
// instant on a whole minute, which once hid a crash (paused working time is a fraction of a
// minute on a real clock). Whatever the hour this runs at (office hours, lunch, night,
// weekend), each step must succeed and every computed instant must follow the domain's rules
// from the instants the API actually recorded.
let t: TestApi;
let calendar: WorkingCalendar;
let hotichId: string;

beforeAll(async () => {
  t = await createTestApi({ now: () => new Date() });
  calendar = await loadWorkingCalendar(t.db);
  const [row] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'hotich'");
  hotichId = row!.id;
});
afterAll(async () => {
  await t.close();
});

const { ok, receiveWalkIn } = dossierSteps(() => t);

/** Lets real time pass, so the clock has seconds and milliseconds to count. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const eventAt = (d: DossierDetail, action: string) => new Date(d.events.filter((e) => e.action === action).at(-1)!.at);

async function expectLifecycleToFollowTheRules(clock: SupplementClock) {
  await t.db.query('UPDATE procedures SET supplement_clock = $1 WHERE code = $2', [clock, '1.004873']);
  let d = await receiveWalkIn('motcua1', { applicant: { name: 'Đinh Thị Hoa', phone: '0977123458', address: 'Thôn Tây' } });
  const duration = d.duration;
  const receivedAt = new Date(d.receivedAt!);
  expect(d.appointmentAt).toBe(calendar.appointment(receivedAt, duration).toISOString());

  d = await ok('motcua1', d, 'hand_over');
  d = await ok('truongvp', d, 'assign', { handlerId: hotichId });
  d = await ok('hotich', d, 'request_supplement', { items: [{ name: 'Bản sao giấy khai sinh' }], reason: 'Thiếu giấy tờ' });
  const appointmentBefore = new Date(d.appointmentAt!);
  await pause(1_137);
  d = await ok('motcua2', d, 'receive_supplement');
  const requestedAt = eventAt(d, 'request_supplement');
  const suppliedAt = eventAt(d, 'receive_supplement');
  const paused = calendar.workingMsBetween(requestedAt, suppliedAt);
  expect(d.events.at(-1)!.details).toMatchObject({ clock, pausedWorkingMs: paused });
  expect(d.appointmentAt).toBe(calendar.appointmentAfterSupplement(clock, appointmentBefore, requestedAt, suppliedAt, duration).toISOString());

  // An apology one working day later: a working instant after the current appointment.
  const newAppointmentAt = calendar.addWorkingDays(new Date(d.appointmentAt!), 1);
  d = await ok('chutich', d, 'apologize', { reason: 'Chờ xác minh', newAppointmentAt: newAppointmentAt.toISOString() });
  expect(d.appointmentAt).toBe(newAppointmentAt.toISOString());
  expect(d.originalAppointmentAt).toBe(calendar.appointment(receivedAt, duration).toISOString());

  d = await ok('hotich', d, 'submit_result', { kind: 'granted', number: '12/XN', summary: 'Cấp giấy xác nhận' });
  d = await ok('chutich', d, 'approve');
  d = await ok('motcua1', d, 'return_result', { method: 'desk', recipient: 'Đinh Thị Hoa' });
  expect(d.status).toBe('returned');

  // Every event's control-slip columns follow the domain from the recorded instants.
  let running: Date | null = null;
  let appointment: Date | null = null;
  for (const event of d.events) {
    const details = event.details as { appointmentAt?: string; newAppointmentAt?: string };
    appointment = details.newAppointmentAt ? new Date(details.newAppointmentAt) : details.appointmentAt ? new Date(details.appointmentAt) : appointment;
    const expected = legFieldsOfStep(calendar, event.action, new Date(event.at), { receivedAt, appointmentAt: appointment }, running);
    expect({ action: event.action, deadline: event.legDeadlineAt, result: event.legResult }).toEqual({
      action: event.action,
      deadline: expected.legDeadlineAt?.toISOString() ?? null,
      result: expected.legResult,
    });
    if (event.action !== 'apologize') running = expected.legDeadlineAt;
  }
  const [row] = await t.db.query<{ paused_working_ms: number }>('SELECT paused_working_ms FROM dossiers WHERE id = $1', [d.id]);
  expect(row!.paused_working_ms).toBe(paused);
}

describe('the lifecycle on the real clock', () => {
  it('in pause mode: receive → hand over → assign → supplement → apology → result → approval → return', async () => {
    await expectLifecycleToFollowTheRules('pause');
  });

  it('in restart mode', async () => {
    try {
      await expectLifecycleToFollowTheRules('restart');
    } finally {
      await t.db.query("UPDATE procedures SET supplement_clock = 'pause' WHERE code = '1.004873'");
    }
  });
});
