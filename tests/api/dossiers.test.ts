import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { DossierDetail, DossierListResponse } from '../../src/domain/schemas/dossier.ts';

let t: TestApi;
let cookie: string;
beforeAll(async () => {
  t = await createTestApi();
  cookie = await t.login('motcua1');
});
afterAll(async () => {
  await t.close();
});

async function list(query: string): Promise<DossierListResponse> {
  const response = await t.request(`/api/dossiers${query}`, { cookie });
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET /api/dossiers', () => {
  it('pages on the server and reports the total', async () => {
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
    const first = await list('?page=1&pageSize=25');
    expect(first.total).toBe(n);
    expect(first.totalCapped).toBe(false);
    expect(first.items).toHaveLength(25);
    const second = await list('?page=2&pageSize=25');
    const firstIds = new Set(first.items.map((d) => d.id));
    expect(second.items.some((d) => firstIds.has(d.id))).toBe(false);
  });

  it('filters by one or several statuses', async () => {
    const returned = await list('?status=returned&pageSize=100');
    const [{ n }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM dossiers WHERE status = 'returned'");
    expect(returned.total).toBe(n);
    expect(returned.items.every((d) => d.status === 'returned')).toBe(true);
    const two = await list('?status=processing&status=awaiting_approval&pageSize=100');
    expect(new Set(two.items.map((d) => d.status))).toEqual(new Set(['processing', 'awaiting_approval']));
  });

  it('sorts by appointment ascending', async () => {
    const page = await list('?sort=appointment_at&order=asc&status=processing&pageSize=50');
    const times = page.items.map((d) => Date.parse(d.appointmentAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('shows the current holder: department and person', async () => {
    const page = await list('?status=processing&pageSize=5');
    for (const item of page.items) {
      expect(item.holder.unitName).toBeTruthy();
      expect(item.holder.userName).toBeTruthy();
    }
  });

  it('marks open dossiers past their appointment as late', async () => {
    const page = await list('?status=processing&status=awaiting_assignment&sort=appointment_at&order=asc&pageSize=100');
    const late = page.items.filter((d) => d.appointmentAt && Date.parse(d.appointmentAt) < Date.parse('2026-11-23T03:00:00Z'));
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((d) => d.dueState === 'late')).toBe(true);
  });

  it.each([
    ['?page=0', 'page'],
    ['?pageSize=500', 'pageSize'],
    ['?status=bogus', 'status'],
    ['?sort=password', 'sort'],
  ])('rejects %s with 400 and a field message', async (query, field) => {
    const response = await t.request(`/api/dossiers${query}`, { cookie });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('validation_failed');
    expect(Object.keys(body.fields)).toContain(field);
  });
});

describe('GET /api/dossiers/{id}', () => {
  it('returns the dossier with its whole history in order', async () => {
    const [row] = await t.db.query<{ id: string; n: number }>(
      `SELECT d.id, count(e.*)::int AS n FROM dossiers d JOIN dossier_events e ON e.dossier_id = d.id
       WHERE d.status = 'returned' GROUP BY d.id ORDER BY n DESC LIMIT 1`,
    );
    const response = await t.request(`/api/dossiers/${row!.id}`, { cookie });
    expect(response.status).toBe(200);
    const dossier: DossierDetail = await response.json();
    expect(dossier.events).toHaveLength(row!.n);
    expect(dossier.events.map((e) => e.seq)).toEqual(Array.from({ length: row!.n }, (_, i) => i + 1));
    expect(dossier.events.at(-1)!.toStatus).toBe('returned');
    // The applicant may have rated the service after the return.
    expect(dossier.events.findLast((e) => e.action !== 'rate')!.action).toBe('return_result');
    expect(dossier.events.some((e) => e.action === 'hand_over' && e.toHolder?.unitName)).toBe(true);
    expect(dossier.documents.length).toBeGreaterThan(0);
    expect(dossier.nationalStatusCode).toBe(10);
  });

  it('answers an unknown id with 404 and a bad id with 400', async () => {
    expect((await t.request('/api/dossiers/00000000-0000-4000-8000-000000000000', { cookie })).status).toBe(404);
    const bad = await t.request('/api/dossiers/not-a-uuid', { cookie });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty('id');
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every route from the same schemas', async () => {
    const response = await t.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/dossiers', '/api/dossiers/{id}']),
    );
    expect(doc.paths['/api/dossiers'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'sort', 'order', 'status']),
    );
  });
});
