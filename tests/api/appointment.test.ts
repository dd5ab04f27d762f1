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
    // [query, expected appointment] — worked out by hand from DOMAIN.md's rules
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
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{saturdayMorningCounts}', 'true') WHERE key = 'working_time'`);
    const response = await appointment('receivedAt=2026-11-27T16:00:00%2B07:00&unit=working_hours&amount=2');
    expect((await response.json()).appointmentAt).toBe(new Date('2026-11-28T08:00:00+07:00').toISOString());
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{saturdayMorningCounts}', 'false') WHERE key = 'working_time'`);
  });

  it.each([
    ['receivedAt=yesterday&procedure=1.004873', 'receivedAt'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00', 'procedure'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=working_days', 'amount'],
    ['receivedAt=2026-11-23T09:00:00%2B07:00&unit=fortnights&amount=1', 'unit'],
  ])('rejects %s with a field message on %s', async (query, field) => {
    const response = await appointment(query);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields)).toContain(field);
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
