import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/db.ts';
import { loadWorkingCalendar } from '../../src/server/services/calendar-service.ts';
import { openTestDb } from '../setup/test-db.ts';

// A server process keeps the working-time calendar it built under the database's calendar
// revision (migration 045). Whatever changes the calendar must give the next reader the
// new one: in the same database, in another copy of the same template, inside a
// transaction, and after a rollback.
let a: Db;
let b: Db;
const holiday = '2027-03-03'; // a Wednesday, a working day in the shipped calendar

beforeAll(async () => {
  [a, b] = await Promise.all([openTestDb(), openTestDb()]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

describe('the kept working calendar', () => {
  it('is read again after a day of the calendar changes, in that database only', async () => {
    expect((await loadWorkingCalendar(a)).isWorkingDay(holiday)).toBe(true);
    expect((await loadWorkingCalendar(b)).isWorkingDay(holiday)).toBe(true);
    await a.query("INSERT INTO calendar_days (day, kind, name) VALUES ($1, 'holiday', 'Nghỉ bù')", [holiday]);
    expect((await loadWorkingCalendar(a)).isWorkingDay(holiday)).toBe(false);
    // The other copy of the template still has its own calendar.
    expect((await loadWorkingCalendar(b)).isWorkingDay(holiday)).toBe(true);
    await a.query('DELETE FROM calendar_days WHERE day = $1', [holiday]);
    expect((await loadWorkingCalendar(a)).isWorkingDay(holiday)).toBe(true);
  });

  it('is read again after the working hours change', async () => {
    const before = await loadWorkingCalendar(a);
    expect(before.settings.sameDayCutoff).not.toBe('09:30');
    await a.query(
      `INSERT INTO settings (key, value) VALUES ('working_time', $1::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = settings.version + 1`,
      [JSON.stringify({ ...before.settings, sameDayCutoff: '09:30' })],
    );
    expect((await loadWorkingCalendar(a)).settings.sameDayCutoff).toBe('09:30');
    expect((await loadWorkingCalendar(b)).settings.sameDayCutoff).toBe(before.settings.sameDayCutoff);
  });

  it('inside a transaction sees the transaction’s own change, and the old one after a rollback', async () => {
    await expect(
      a.transaction(async (tx) => {
        await tx.query("INSERT INTO calendar_days (day, kind, name) VALUES ($1, 'holiday', 'Nghỉ bù')", [holiday]);
        expect((await loadWorkingCalendar(tx)).isWorkingDay(holiday)).toBe(false);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await loadWorkingCalendar(a)).isWorkingDay(holiday)).toBe(true);
  });

  it('is built once per revision: reading it again without a change gives the same calendar', async () => {
    const first = await loadWorkingCalendar(b);
    expect(await loadWorkingCalendar(b)).toBe(first);
    expect(await loadWorkingCalendar(b, { without: '2027-01-01' })).not.toBe(first);
  });
});
