import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';

// The supplement clock at instants a real clock gives: seconds and milliseconds, never a
// whole minute. Every expected value is worked out by hand in the comments, with office
// hours 07:00–11:30 / 13:30–17:00 (8 working hours a day). Procedure 1.004873: 3 working days.
let clock = new Date('2026-11-23T09:12:31.417+07:00');
const at = (iso: string) => (clock = new Date(iso));
const vn = (iso: string) => new Date(iso).toISOString();
let t: TestApi;

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
});
afterAll(async () => {
  await t.close();
});

const { ok, receiveWalkIn } = dossierSteps(() => t);

async function receiveAndAssign(): Promise<DossierDetail> {
  let d = await receiveWalkIn('motcua1', { applicant: { name: 'Vũ Thị Hạnh', phone: '0977123457', address: 'Thôn Đồng Tâm' } });
  at('2026-11-23T09:20:05.250+07:00');
  d = await ok('motcua1', d, 'hand_over');
  at('2026-11-23T09:45:10.003+07:00');
  const [handler] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'hotich'");
  return ok('truongvp', d, 'assign', { handlerId: handler!.id });
}

async function pausedWorkingMs(id: string): Promise<number> {
  const [row] = await t.db.query<{ paused_working_ms: number }>('SELECT paused_working_ms FROM dossiers WHERE id = $1', [id]);
  return row!.paused_working_ms;
}

describe('the supplement clock at instants with seconds and milliseconds', () => {
  it('pause mode adds exactly the paused working time, to the millisecond', async () => {
    at('2026-11-23T09:12:31.417+07:00');
    let d = await receiveAndAssign();
    // 3 working days from Monday 09:12:31.417 → Thursday 09:12:31.417.
    expect(d.appointmentAt).toBe(vn('2026-11-26T09:12:31.417+07:00'));
    // The desk's leg: 10% of 24 h = 2 h 24 min; 2:17:28.583 to 11:30, then 6:31.417 from 13:30.
    expect(d.events[0]!.legDeadlineAt).toBe(vn('2026-11-23T13:36:31.417+07:00'));

    at('2026-11-23T14:03:05.982+07:00');
    d = await ok('hotich', d, 'request_supplement', { items: [{ name: 'Bản sao giấy chứng tử' }], reason: 'Thiếu giấy tờ' });
    at('2026-11-24T10:47:19.500+07:00');
    d = await ok('motcua1', d, 'receive_supplement');
    // Paused Monday 14:03:05.982–17:00 = 2:56:54.018 (10,614,018 ms) and Tuesday 07:00–10:47:19.500
    // = 3:47:19.500 (13,639,500 ms): 24,253,518 ms = 6:44:13.518 of working time.
    expect(d.events.at(-1)!.details).toMatchObject({ clock: 'pause', pausedWorkingMs: 24_253_518 });
    expect(await pausedWorkingMs(d.id)).toBe(24_253_518);
    // Thursday 09:12:31.417 + 6:44:13.518: 2:17:28.583 to 11:30, 3:30 in the afternoon,
    // 0:56:44.935 on Friday from 07:00 → Friday 07:56:44.935.
    expect(d.appointmentAt).toBe(vn('2026-11-27T07:56:44.935+07:00'));
    // The handler's new leg: 65% of the working time from receipt to the new appointment,
    // (86,400,000 + 24,253,518) × 0.65 = 71,924,786.7 → 71,924,787 ms = 19:58:44.787, from
    // Tuesday 10:47:19.500: 4:12:40.500 on Tuesday, 8 h Wednesday, 7:46:04.287 on Thursday
    // (4:30 to 11:30, 3:16:04.287 from 13:30) → Thursday 16:46:04.287.
    expect(d.events.at(-1)!.legDeadlineAt).toBe(vn('2026-11-26T16:46:04.287+07:00'));

    // A second request and supplement across lunch: 11:00:00.001–11:30 = 29:59.999 (1,799,999 ms).
    at('2026-11-24T11:00:00.001+07:00');
    d = await ok('hotich', d, 'request_supplement', { items: [{ name: 'Tờ khai' }], reason: 'Ký thiếu' });
    at('2026-11-24T13:29:59.999+07:00');
    d = await ok('motcua1', d, 'receive_supplement');
    expect(d.events.at(-1)!.details).toMatchObject({ pausedWorkingMs: 1_799_999 });
    expect(await pausedWorkingMs(d.id)).toBe(24_253_518 + 1_799_999);
    // Friday 07:56:44.935 + 29:59.999 → 08:26:44.934.
    expect(d.appointmentAt).toBe(vn('2026-11-27T08:26:44.934+07:00'));
    expect(d.status).toBe('processing');
  });

  it('restart mode computes a fresh appointment from the arrival, to the millisecond', async () => {
    await t.db.query("UPDATE procedures SET supplement_clock = 'restart' WHERE code = '1.004873'");
    try {
      at('2026-11-23T09:12:31.417+07:00');
      let d = await receiveAndAssign();
      at('2026-11-23T15:30:45.678+07:00');
      d = await ok('hotich', d, 'request_supplement', { items: [{ name: 'Tờ khai' }], reason: 'Sai thông tin' });
      at('2026-11-25T10:05:07.123+07:00');
      d = await ok('motcua1', d, 'receive_supplement');
      // 3 working days from Wednesday 10:05:07.123 → Monday 30/11 10:05:07.123.
      expect(d.appointmentAt).toBe(vn('2026-11-30T10:05:07.123+07:00'));
      // The waiting time is still recorded: Monday 15:30:45.678–17:00 = 1:29:14.322 (5,354,322 ms),
      // Tuesday 8 h (28,800,000 ms), Wednesday 07:00–10:05:07.123 = 3:05:07.123 (11,107,123 ms).
      expect(d.events.at(-1)!.details).toMatchObject({ clock: 'restart', pausedWorkingMs: 45_261_445 });
      expect(await pausedWorkingMs(d.id)).toBe(45_261_445);
    } finally {
      await t.db.query("UPDATE procedures SET supplement_clock = 'pause' WHERE code = '1.004873'");
    }
  });
});
