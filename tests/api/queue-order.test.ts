import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierStatuses } from '../../src/domain/dossier-status.ts';
import { timedStatuses } from '../../src/domain/indicators.ts';
import { defaultListOrder, queuesByRole } from '../../src/domain/queues.ts';
import type { CurrentUser } from '../../src/domain/schemas/auth.ts';
import { DossierListQuery } from '../../src/domain/schemas/dossier-query.ts';
import { loadWorkingCalendar } from '../../src/server/services/calendar-service.ts';
import { dossierConditions } from '../../src/server/services/dossier-filters.ts';
import { listDossiers } from '../../src/server/services/dossier-queries.ts';
import type { WorkingCalendar } from '../../src/domain/working-time.ts';
import { TEST_NOW } from '../setup/test-clock.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

// A list sorted by appointment puts the late dossiers (clock running, appointment passed)
// first. The API reads the page in index order: by the appointment alone where every row's
// clock runs (or none does), otherwise the late ones and the others apart, cut together.
// Whatever the queue, statuses, direction, page and instant, that must be the page the
// plain definition gives: every matching dossier sorted by (late, appointment, arrival, code).
let t: TestApi;
let calendar: WorkingCalendar;
const people: Record<string, CurrentUser> = {};

beforeAll(async () => {
  t = await createTestApi();
  calendar = await loadWorkingCalendar(t.db);
  const rows = await t.db.query<{ id: string; username: string; full_name: string; role: CurrentUser['role']; unit_id: string; unit_name: string; kind: CurrentUser['unitKind'] }>(
    `SELECT u.id, u.username, u.full_name, u.role, u.unit_id, un.name AS unit_name, un.kind FROM users u JOIN units un ON un.id = u.unit_id
     WHERE u.username IN ('motcua1', 'truongvp', 'truongkt', 'hotich', 'diachinh', 'chutich')`,
  );
  for (const row of rows) {
    people[row.username] = {
      id: row.id, username: row.username, fullName: row.full_name, title: '', role: row.role, unitId: row.unit_id,
      unitName: row.unit_name, unitKind: row.kind, centreName: '', mustChangePassword: false,
    };
  }
});
afterAll(async () => {
  await t.close();
});

/** The page by the plain definition: every match sorted by the four keys. */
async function expectedPage(query: DossierListQuery, user: CurrentUser, now: Date): Promise<string[]> {
  const conditions = dossierConditions(query, user, now, calendar);
  // A sort chosen without a direction is descending; none chosen, the queue's own order.
  const order = (query.order ?? (query.sort ? 'desc' : defaultListOrder(query.queue).order)) === 'asc' ? 'ASC' : 'DESC';
  const values = [...conditions.params, now, query.pageSize, (query.page - 1) * query.pageSize];
  const n = conditions.params.length;
  const rows = await t.db.query<{ id: string }>(
    `SELECT d.id FROM dossiers d ${conditions.where}
     ORDER BY (d.status = ANY('{${timedStatuses.join(',')}}'::text[]) AND d.appointment_at < $${n + 1}) ${order === 'ASC' ? 'DESC' : 'ASC'},
       d.appointment_at ${order} NULLS LAST, coalesce(d.received_at, d.submitted_at) ${order} NULLS LAST, d.code ${order}
     LIMIT $${n + 2} OFFSET $${n + 3}`,
    values,
  );
  return rows.map((row) => row.id);
}

/** Instants around the demo data's appointments, with seconds and milliseconds. */
const instant = fc
  .integer({ min: Date.parse('2026-11-01T00:00:00Z'), max: Date.parse('2026-12-15T00:00:00Z') })
  .map((ms) => new Date(ms));

const usernames = ['motcua1', 'truongvp', 'truongkt', 'hotich', 'diachinh', 'chutich'] as const;

describe('a list sorted by appointment', () => {
  it('is the plain definition of "late first, then by appointment", for any queue, statuses, page and instant', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...usernames),
        fc.nat({ max: 20 }),
        fc.option(fc.subarray([...dossierStatuses], { minLength: 1, maxLength: 4 }), { freq: 3 }),
        fc.constantFrom('asc' as const, 'desc' as const, undefined),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(5, 20),
        fc.oneof(instant, fc.constant(TEST_NOW)),
        async (username, queueIndex, statuses, order, page, pageSize, now) => {
          const user = people[username]!;
          const queues = queuesByRole[user.role];
          const queue = queues[queueIndex % queues.length]!;
          const query = DossierListQuery.parse({ queue, status: statuses ?? undefined, sort: 'appointment_at', order, page: String(page), pageSize: String(pageSize) });
          const listed = await listDossiers(t.db, query, user, now);
          expect(listed.items.map((item) => item.id)).toEqual(await expectedPage(query, user, now));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('opens every work queue late first, at the test instant', async () => {
    for (const username of usernames) {
      const user = people[username]!;
      for (const queue of queuesByRole[user.role]) {
        const query = DossierListQuery.parse({ queue, pageSize: '50' });
        if (defaultListOrder(queue).sort !== 'appointment_at') continue;
        const listed = await listDossiers(t.db, query, user, TEST_NOW);
        expect(listed.items.map((item) => item.id), `${username} ${queue}`).toEqual(await expectedPage(query, user, TEST_NOW));
      }
    }
  });
});
