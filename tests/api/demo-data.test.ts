import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/db.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';
import { verifyPassword } from '../../src/server/auth/password.ts';
import { dossierStatuses, type DossierStatus } from '../../src/domain/dossier-status.ts';
import type { Role } from '../../src/domain/roles.ts';
import { DEFAULT_SEED, DEMO_PASSWORD, demoLogins, demoStaffUsernames, seedDemoData } from '../../mocks/demo-data/seed-demo.ts';
import { buildDemoDataset } from '../../mocks/demo-data/dataset.ts';
import { loadDemoContext } from '../../mocks/demo-data/load-context.ts';
import { itChecksTheGeneratedData } from '../setup/dataset-checks.ts';

// Its own database rather than the shared snapshot: the first seeding is what is tested.
const now = new Date('2026-11-23T10:00:00+07:00');
let db: Db;
let firstRun: { createdUsers: number; createdDossiers: number };

beforeAll(async () => {
  db = await openPgliteDb();
  await prepareDatabase(db, { sampleCommune: true, adminPassword: 'x' });
  firstRun = await seedDemoData(db, { now });
});
afterAll(async () => {
  await db.close();
});

describe('seedDemoData', () => {
  it('creates the demo accounts, one per role, and gives the bootstrap admin the demo password', async () => {
    expect(firstRun.createdUsers).toBe(demoLogins.length - 1);
    const users = await db.query<{ username: string; role: Role; full_name: string; password_hash: string }>(
      'SELECT username, role, full_name, password_hash FROM users ORDER BY username',
    );
    expect(users.map((u) => u.username).sort()).toEqual(demoLogins.map((l) => l.username).sort());
    for (const login of demoLogins) expect(users.find((u) => u.username === login.username)?.role).toBe(login.role);
    const admin = users.find((u) => u.username === 'admin')!;
    expect(admin.full_name).toBe(demoLogins.find((l) => l.username === 'admin')!.fullName);
    expect(await verifyPassword(DEMO_PASSWORD, admin.password_hash)).toBe(true);
  });

  it('creates the default number of dossiers in every status', async () => {
    expect(firstRun.createdDossiers).toBe(600);
    const rows = await db.query<{ status: DossierStatus; n: number }>('SELECT status, count(*)::int AS n FROM dossiers GROUP BY status');
    const counts = new Map(rows.map((r) => [r.status, r.n]));
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(500);
    expect(dossierStatuses.filter((status) => (counts.get(status) ?? 0) < 20)).toEqual([]);
    expect(counts.get('returned')).toBeGreaterThan(200);
  });

  it('mixes channels: mostly walk-in, about 30% online, a few by post', async () => {
    const rows = await db.query<{ channel: string; n: number }>('SELECT channel, count(*)::int AS n FROM dossiers GROUP BY channel');
    const share = (channel: string) => (rows.find((r) => r.channel === channel)?.n ?? 0) / 600;
    expect(share('online')).toBeGreaterThan(0.22);
    expect(share('online')).toBeLessThan(0.38);
    expect(share('postal')).toBeGreaterThan(0);
    expect(share('walk_in')).toBeGreaterThan(0.5);
  });

  itChecksTheGeneratedData(() => db, now);

  it('generates the same dossiers for the same seed and instant, and others for another seed', async () => {
    const context = await loadDemoContext(db, now, demoStaffUsernames);
    const first = buildDemoDataset(context, { dossierCount: 120, seed: 7 });
    expect(buildDemoDataset(context, { dossierCount: 120, seed: 7 })).toEqual(first);
    const other = buildDemoDataset(context, { dossierCount: 120, seed: 8 });
    expect(other.dossiers.map((d) => d['applicant_name'])).not.toEqual(first.dossiers.map((d) => d['applicant_name']));
    // The seeded database holds what the default seed builds.
    const seeded = await db.query<{ code: string; applicant_name: string }>('SELECT code, applicant_name FROM dossiers ORDER BY code');
    const rebuilt = buildDemoDataset(context, { dossierCount: 600, seed: DEFAULT_SEED }).dossiers
      .map((d) => ({ code: d['code'], applicant_name: d['applicant_name'] }))
      .sort((a, b) => String(a.code).localeCompare(String(b.code)));
    expect(seeded).toEqual(rebuilt);
  });

  it('creates nothing the second time', async () => {
    expect(await seedDemoData(db, { now })).toEqual({ createdUsers: 0, createdDossiers: 0 });
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
    expect(n).toBe(600);
  });
});
