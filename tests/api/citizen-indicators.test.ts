import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { Overview } from '../../src/domain/schemas/reports.ts';
import { dissatisfiedRatingSql, isDissatisfied, ratingLevels } from '../../src/domain/satisfaction.ts';
import { isPaidOnline, feeState, type PaymentMethod } from '../../src/domain/fees.ts';
import { paidOnlineSql } from '../../src/domain/indicators.ts';

// April 2027 (no demo data, no public holiday), filled with dossiers whose Decision 766
// satisfaction and online-payment figures were worked out by hand below. Fee 28.000 đ each
// (1.004859).
let t: TestApi;
let chair: string;
const users: Record<string, string> = {};

interface Fixture {
  code: string;
  receivedAt: string;
  appointmentAt: string;
  decidedAt: string;
  apologyCount?: number;
  /** Returned by this desk officer, then rated. */
  returnedBy?: 'motcua1' | 'motcua2';
  rating?: { level: number; comment?: string; at: string };
  payments?: { amount: number; method: PaymentMethod; at: string }[];
}

const fixtures: Fixture[] = [
  // P: on time, rated 5 at the counter; paid in cash 1 April.
  { code: 'P', receivedAt: '2027-04-01T08:00:00+07:00', appointmentAt: '2027-04-06T08:00:00+07:00', decidedAt: '2027-04-02T09:00:00+07:00', returnedBy: 'motcua1',
    rating: { level: 5, at: '2027-04-02T10:00:00+07:00' }, payments: [{ amount: 28000, method: 'cash', at: '2027-04-01T08:05:00+07:00' }] },
  // Q: decided after its appointment → late; rated 2 (dissatisfied) with a comment; paid online 5 April.
  { code: 'Q', receivedAt: '2027-04-01T09:00:00+07:00', appointmentAt: '2027-04-06T09:00:00+07:00', decidedAt: '2027-04-07T09:00:00+07:00', returnedBy: 'motcua1',
    rating: { level: 2, comment: 'Trả kết quả chậm', at: '2027-04-07T10:00:00+07:00' }, payments: [{ amount: 28000, method: 'online', at: '2027-04-05T21:00:00+07:00' }] },
  // R: on time, rated 1 (dissatisfied), no comment; fee never paid.
  { code: 'R', receivedAt: '2027-04-05T08:00:00+07:00', appointmentAt: '2027-04-08T08:00:00+07:00', decidedAt: '2027-04-07T15:00:00+07:00', returnedBy: 'motcua2',
    rating: { level: 1, at: '2027-04-08T09:00:00+07:00' } },
  // S: on time but with an apology → late; not returned, not rated; 10.000 at the desk on 8 April, the
  // remaining 18.000 online on 10 April → paid in full on 10 April, with an online payment.
  { code: 'S', receivedAt: '2027-04-08T08:00:00+07:00', appointmentAt: '2027-04-13T08:00:00+07:00', decidedAt: '2027-04-12T08:00:00+07:00', apologyCount: 1,
    payments: [{ amount: 10000, method: 'cash', at: '2027-04-08T08:10:00+07:00' }, { amount: 18000, method: 'online', at: '2027-04-10T20:00:00+07:00' }] },
  // T: on time, rated 4 with a comment; paid at the desk on 30 March (not an April payment).
  { code: 'T', receivedAt: '2027-03-30T08:00:00+07:00', appointmentAt: '2027-04-02T08:00:00+07:00', decidedAt: '2027-04-01T10:00:00+07:00', returnedBy: 'motcua2',
    rating: { level: 4, comment: 'Cán bộ nhiệt tình', at: '2027-04-01T14:00:00+07:00' }, payments: [{ amount: 28000, method: 'transfer', at: '2027-03-30T08:05:00+07:00' }] },
  // U: decided in March (not in April's satisfaction), rated 1; paid online on 2 April (an April payment).
  { code: 'U', receivedAt: '2027-03-25T08:00:00+07:00', appointmentAt: '2027-03-30T08:00:00+07:00', decidedAt: '2027-03-29T08:00:00+07:00', returnedBy: 'motcua1',
    rating: { level: 1, at: '2027-04-02T08:00:00+07:00' }, payments: [{ amount: 28000, method: 'online', at: '2027-04-02T07:30:00+07:00' }] },
];

beforeAll(async () => {
  t = await createTestApi();
  chair = await t.login('chutich');
  for (const row of await t.db.query<{ id: string; username: string }>("SELECT id, username FROM users WHERE username IN ('motcua1', 'motcua2', 'hotich')")) {
    users[row.username] = row.id;
  }
  const [procedure] = await t.db.query<{ id: string; deciding_unit_id: string }>("SELECT id, deciding_unit_id FROM procedures WHERE code = '1.004859'");
  const [centre] = await t.db.query<{ id: string }>("SELECT id FROM units WHERE kind = 'centre'");
  for (const f of fixtures) {
    let paid = 0;
    let paidAt: string | null = null;
    for (const payment of f.payments ?? []) {
      paid += payment.amount;
      if (paid >= 28000 && !paidAt) paidAt = payment.at;
    }
    const [row] = await t.db.query<{ id: string }>(
      `INSERT INTO dossiers (code, unit_id, procedure_id, channel, status, applicant_name, search_text, holder_unit_id, deciding_unit_id,
         received_at, appointment_at, decided_at, apology_count, handler_user_id, fee_amount, fee_paid_amount, fee_paid_at, returned_at)
       VALUES ($1, $2, $3, 'walk_in', $4, 'Kiểm thử hài lòng', 'kiem thu hai long', $2, $5, $6, $7, $8, $9, $10, 28000, $11, $12, $13) RETURNING id`,
      [`HL-${f.code}`, centre!.id, procedure!.id, f.returnedBy ? 'returned' : 'result_ready', procedure!.deciding_unit_id, f.receivedAt, f.appointmentAt,
        f.decidedAt, f.apologyCount ?? 0, users.hotich, paid, paidAt, f.returnedBy ? f.decidedAt : null],
    );
    const dossierId = row!.id;
    let seq = 0;
    const event = async (action: string, at: string, actor: string | null) => {
      const [e] = await t.db.query<{ id: string }>(
        `INSERT INTO dossier_events (dossier_id, seq, at, actor_user_id, action, from_status, to_status, to_unit_id)
         VALUES ($1, $2, $3, $4, $5, 'result_ready', $6, $7) RETURNING id`,
        [dossierId, ++seq, at, actor, action, f.returnedBy ? 'returned' : 'result_ready', centre!.id],
      );
      return e!.id;
    };
    for (const payment of f.payments ?? []) {
      const eventId = await event('record_payment', payment.at, payment.method === 'online' ? null : users.motcua1!);
      await t.db.query(
        `INSERT INTO fee_payments (dossier_id, event_id, amount, method, receipt_number, portal_transaction_id, payer_name, paid_at, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'Kiểm thử', $7, $7)`,
        [dossierId, eventId, payment.amount, payment.method, payment.method === 'online' ? null : `HL-${seq}`, payment.method === 'online' ? `TX-${f.code}-${seq}` : null, payment.at],
      );
    }
    if (f.returnedBy) await event('return_result', f.decidedAt, users[f.returnedBy]!);
    if (f.rating) {
      const eventId = await event('rate', f.rating.at, users[f.returnedBy!]!);
      await t.db.query(
        "INSERT INTO dossier_ratings (dossier_id, event_id, level, comment, channel, rated_at) VALUES ($1, $2, $3, $4, 'counter', $5)",
        [dossierId, eventId, f.rating.level, f.rating.comment ?? '', f.rating.at],
      );
    }
  }
});
afterAll(async () => {
  await t.close();
});

describe('Decision 766 satisfaction and online payment for April 2027', () => {
  let overview: Overview;
  beforeAll(async () => {
    const response = await t.request('/api/reports/overview?from=2027-04-01&to=2027-04-30', { cookie: chair });
    if (response.status !== 200) throw new Error(`overview: ${response.status} ${await response.text()}`);
    overview = await response.json();
  });

  it('satisfaction: 5 decided (P Q R S T), 2 late (Q after the appointment, S apology), 2 dissatisfied (Q 2, R 1) → 1 − 2/5 − 2/5 = 20%', () => {
    expect(overview.satisfaction).toMatchObject({ decided: 5, late: 2, rated: 4, dissatisfied: 2 });
    expect(overview.satisfaction.index).toBeCloseTo(0.2, 10);
  });

  it('ratings: P 5, Q 2, R 1, T 4 → average 3; U was decided in March and counts in March', () => {
    expect(overview.satisfaction.average).toBe(3);
    expect(overview.satisfaction.levels).toEqual([
      { level: 1, count: 1 },
      { level: 2, count: 1 },
      { level: 3, count: 0 },
      { level: 4, count: 1 },
      { level: 5, count: 1 },
    ]);
    expect(overview.satisfaction.comments.map((c) => [c.code, c.level, c.comment])).toEqual([
      ['HL-Q', 2, 'Trả kết quả chậm'],
      ['HL-T', 4, 'Cán bộ nhiệt tình'],
    ]);
  });

  it('per officer: motcua1 handed over P (5) and Q (2), motcua2 R (1) and T (4), hotich processed all four', () => {
    const of = (userId: string, role: string) => overview.satisfaction.byOfficer.find((o) => o.userId === userId && o.role === role);
    expect(of(users.motcua1!, 'desk_officer')).toMatchObject({ rated: 2, average: 3.5, dissatisfied: 1 });
    expect(of(users.motcua2!, 'desk_officer')).toMatchObject({ rated: 2, average: 2.5, dissatisfied: 1 });
    expect(of(users.hotich!, 'handler')).toMatchObject({ rated: 4, average: 3, dissatisfied: 2 });
  });

  it('online payment: paid in full in April P (desk), Q (online), S (desk + online), U (online) → 3/4', () => {
    expect(overview.onlinePayment).toEqual({ paid: 4, paidOnline: 3, share: 0.75 });
  });

  it('every figure is reproduced by the list filters it links to', async () => {
    const total = async (query: string) => (await (await t.request(`/api/dossiers?${query}`, { cookie: chair })).json()).total as number;
    const decided = 'decidedFrom=2027-04-01&decidedTo=2027-04-30';
    expect(await total(`${decided}&rating=rated`)).toBe(4);
    expect(await total(`${decided}&rating=dissatisfied`)).toBe(2);
    expect(await total(`${decided}&rating=5`)).toBe(1);
    expect(await total(`${decided}&rating=unrated`)).toBe(1);
    expect(await total(`${decided}&rating=rated&returnedById=${users.motcua1}`)).toBe(2);
    expect(await total(`${decided}&rating=dissatisfied&handlerId=${users.hotich}`)).toBe(2);
    const paid = 'feePaidFrom=2027-04-01&feePaidTo=2027-04-30';
    expect(await total(`${paid}&fee=paid`)).toBe(4);
    expect(await total(`${paid}&fee=paid_online`)).toBe(3);
    expect(await total('q=hai%20long&fee=unpaid')).toBe(1);
  });
});

describe('the SQL that repeats the domain rules', () => {
  it('a dissatisfied rating is the same in SQL as in src/domain/satisfaction.ts', async () => {
    const rows = await t.db.query<{ level: number; dissatisfied: boolean }>(
      `SELECT level, ${dissatisfiedRatingSql} AS dissatisfied FROM (SELECT generate_series(1, 5) AS level) r ORDER BY level`,
    );
    expect(rows.map((row) => row.dissatisfied)).toEqual(ratingLevels.map(isDissatisfied));
    expect(ratingLevels.filter(isDissatisfied)).toEqual([1, 2]);
  });

  it('paid online and paid in full are the same in SQL as in src/domain/fees.ts', async () => {
    const rows = await t.db.query<{ code: string; online: boolean; fee_amount: number; fee_paid_amount: number; paid_in_full: boolean }>(
      `SELECT d.code, ${paidOnlineSql} AS online, d.fee_amount, d.fee_paid_amount, d.fee_paid_at IS NOT NULL AS paid_in_full
       FROM dossiers d WHERE d.code LIKE 'HL-%' ORDER BY d.code`,
    );
    expect(rows).toHaveLength(fixtures.length);
    for (const row of rows) {
      const fixture = fixtures.find((f) => `HL-${f.code}` === row.code)!;
      expect(row.online, row.code).toBe(isPaidOnline(fixture.payments ?? []));
      expect(row.paid_in_full, row.code).toBe(feeState(row.fee_amount, row.fee_paid_amount) === 'paid');
    }
  });
});
