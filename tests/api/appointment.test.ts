import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, TEST_PORTAL_KEY, type TestApi } from '../setup/test-api.ts';

let t: TestApi;
let cookie: string;
beforeAll(async () => {
  t = await createTestApi();
  cookie = await t.login('motcua1');
});
afterAll(async () => {
  await t.close();
});

async function appointment(query: string, headers: Record<string, string> = {}) {
  return t.request(`/api/appointment?${query}`, { cookie: headers['x-api-key'] ? undefined : cookie, headers });
}

describe('GET /api/appointment', () => {
  it.each([
    // [query, expected appointment] — worked out by hand from the rules in docs/domain.md
    ['receivedAt=2026-11-23T09:00:00%2B07:00&procedure=1.004873', '2026-11-26T09:00:00+07:00'], // 3 working days
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days&amount=1', '2026-11-24T09:00:00+07:00'],
    ['receivedAt=2026-11-23T07:00:00%2B07:00&unit=working_days&amount=1', '2026-11-23T17:00:00+07:00'],
    ['receivedAt=2026-11-23T12:15:00%2B07:00&unit=working_hours&amount=2', '2026-11-23T15:30:00+07:00'], // lunch → 13:30
    ['receivedAt=2026-11-23T10:00:00%2B07:00&unit=working_hours&amount=4', '2026-11-23T16:00:00+07:00'],
    ['receivedAt=2026-11-27T18:00:00%2B07:00&unit=working_hours&amount=1', '2026-11-30T08:00:00+07:00'], // Friday evening → Monday
    ['receivedAt=2026-11-23T14:59:00%2B07:00&procedure=1.001193', '2026-11-23T17:00:00+07:00'], // same day, before 15:00
    ['receivedAt=2026-11-23T15:00:00%2B07:00&procedure=1.001193', '2026-11-24T17:00:00+07:00'], // same day, at the cut-off
    ['receivedAt=2026-11-28T09:00:00%2B07:00&unit=same_day', '2026-11-30T17:00:00+07:00'], // Saturday
    ['receivedAt=2026-11-25T10:00:00%2B07:00&unit=calendar_days&amount=3', '2026-11-30T17:00:00+07:00'], // lands on Saturday → Monday
    ['receivedAt=2026-12-31T16:00:00%2B07:00&unit=working_days&amount=1', '2027-01-04T16:00:00+07:00'], // New Year holiday + weekend
    // Fractional durations as catalogues write them, with a decimal comma or point:
    // 0,5 working days = 4 working hours: 09:00 → 11:30 is 2.5 h, then 1.5 h from 13:30.
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days&amount=0%2C5', '2026-11-23T15:00:00+07:00'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days&amount=0.5', '2026-11-23T15:00:00+07:00'],
    // 4,5 working hours from 08:00: 3.5 h to 11:30, 1 h from 13:30.
    ['receivedAt=2026-11-23T08:00:00%2B07:00&unit=working_hours&amount=4%2C5', '2026-11-23T14:30:00+07:00'],
    // Calendar days (Civil Code Art. 147–148): from the day after the actual receipt date, to
    // 17:00 of the last day, or of the next working day: Fri 11/12 17:30 + 3 → Mon 14/12 17:00.
    ['receivedAt=2026-12-11T17:30:00%2B07:00&unit=calendar_days&amount=3', '2026-12-14T17:00:00+07:00'],
    // Received Saturday 28/11 with 2 calendar days: Monday 30/11, a working day.
    ['receivedAt=2026-11-28T09:00:00%2B07:00&unit=calendar_days&amount=2', '2026-11-30T17:00:00+07:00'],
    // Seconds and milliseconds of the receipt are kept: 1 working day later to the millisecond.
    ['receivedAt=2026-11-23T09:12:31.417%2B07:00&unit=working_days&amount=1', '2026-11-24T09:12:31.417+07:00'],
  ])('%s → %s', async (query, expected) => {
    const response = await appointment(query);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(new Date(body.appointmentAt).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('follows a holiday added to the calendar table', async () => {
    await t.db.query("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-11-24', 'holiday', 'Ngày nghỉ thử nghiệm')");
    const response = await appointment('receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days&amount=1');
    expect((await response.json()).appointmentAt).toBe(new Date('2026-11-25T09:00:00+07:00').toISOString());
    await t.db.query("DELETE FROM calendar_days WHERE day = '2026-11-24'");
  });

  it('follows the office-hours setting', async () => {
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{week,saturday,morning}', '{"start": "07:00", "end": "11:30"}') WHERE key = 'working_time'`);
    const response = await appointment('receivedAt=2026-11-27T16:00:00%2B07:00&unit=working_hours&amount=2');
    expect((await response.json()).appointmentAt).toBe(new Date('2026-11-28T08:00:00+07:00').toISOString());
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{week,saturday,morning}', 'null') WHERE key = 'working_time'`);
  });

  it.each([
    ['receivedAt=yesterday&procedure=1.004873', 'receivedAt'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00', 'procedure'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days', 'amount'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=fortnights&amount=1', 'unit'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=calendar_days&amount=1.5', 'amount'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=calendar_days&amount=0', 'amount'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days&amount=0,125', 'amount'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_hours&amount=-1', 'amount'],
  ])('rejects %s with a field message on %s', async (query, field) => {
    const response = await appointment(query);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields)).toContain(field);
  });

  it('gives a procedure of 0.5 working days the right appointment, through the endpoint and at receipt', async () => {
    await t.db.query("UPDATE procedures SET duration_unit = 'working_days', duration_amount = 0.5 WHERE code = '1.004873'");
    try {
      // 4 working hours from Monday 09:00: 2.5 h to 11:30, 1.5 h from 13:30 → 15:00.
      const response = await appointment('receivedAt=2026-11-23T09:00:00%2B07:00&procedure=1.004873');
      expect((await response.json()).appointmentAt).toBe(new Date('2026-11-23T15:00:00+07:00').toISOString());
      const procedures: { code: string; durationAmount: number; id: string; documents: { id: string; defaultForm: string }[] }[] = await (
        await t.request('/api/procedures', { cookie })
      ).json();
      const procedure = procedures.find((p) => p.code === '1.004873')!;
      expect(procedure.durationAmount).toBe(0.5);
      // The tests' clock is Monday 23/11 10:00: + 4 working hours = 1.5 h to 11:30, 2.5 h from 13:30 → 16:00.
      const received = await t.request('/api/dossiers', {
        method: 'POST',
        cookie,
        json: {
          procedureId: procedure.id,
          channel: 'walk_in',
          applicant: { name: 'Lê Văn Tâm', address: 'Thôn Đông' },
          documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
          returnMethod: 'desk',
        },
      });
      expect(received.status).toBe(201);
      const dossier = await received.json();
      expect(dossier.appointmentAt).toBe(new Date('2026-11-23T16:00:00+07:00').toISOString());
      expect(dossier.duration).toEqual({ unit: 'working_days', amount: 0.5 });
    } finally {
      await t.db.query("UPDATE procedures SET duration_amount = 3 WHERE code = '1.004873'");
    }
  });

  it('answers 404 for an unknown procedure code', async () => {
    expect((await appointment('receivedAt=2026-11-23T09:00:00%2B07:00&procedure=9.999999')).status).toBe(404);
  });

  it('serves the portal with its API key and nobody without a session or key', async () => {
    const query = 'receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days&amount=1';
    expect((await appointment(query, { 'x-api-key': TEST_PORTAL_KEY })).status).toBe(200);
    expect((await appointment(query, { 'x-api-key': 'wrong' })).status).toBe(401);
    expect((await t.request(`/api/appointment?${query}`)).status).toBe(401);
  });
});
