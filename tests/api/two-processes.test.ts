import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/db.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import type { Procedure } from '../../src/domain/schemas/catalogue.ts';
import { DEMO_PASSWORD } from '../../mocks/demo-data/seed-demo.ts';
import { openTestPostgresDatabase } from '../setup/test-db.ts';

// Two API server processes on one PostgreSQL give the same results as one (README,
// "Running several processes"): what they share lives in the database, not in memory.
// PostgreSQL only: PGlite belongs to one process.

interface Server {
  process: ChildProcess;
  url: string;
  /** Every message this process's dispatcher delivered. */
  sent: string[];
}

async function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ['tests/setup/server-process.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const sent: string[] = [];
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server process exited (${code}) before listening`)));
    lines.on('line', (line) => {
      if (line.startsWith('listening ')) resolve(Number(line.slice('listening '.length)));
      else if (line.startsWith('sent ')) sent.push(line.slice('sent '.length));
    });
  });
  return { process: child, url: `http://127.0.0.1:${port}`, sent };
}

async function stopServer(server: Server | undefined) {
  if (!server || server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  await exited;
}

const target = await openTestPostgresDatabase();

describe.runIf(target !== undefined)('two server processes on one PostgreSQL', () => {
  let db: Db;
  let a: Server;
  let b: Server;

  beforeAll(async () => {
    db = target!.db;
    [a, b] = await Promise.all([startServer(target!.url), startServer(target!.url)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    await db.close();
  });

  async function call(server: Server, path: string, init: { cookie?: string; json?: unknown } = {}): Promise<Response> {
    return fetch(`${server.url}${path}`, {
      method: init.json === undefined ? 'GET' : 'POST',
      headers: {
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
  }

  async function signIn(server: Server, username: string, password = DEMO_PASSWORD): Promise<Response> {
    return call(server, '/api/auth/login', { json: { username, password } });
  }

  async function session(server: Server, username: string): Promise<string> {
    const response = await signIn(server, username);
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  async function receiveOn(server: Server, cookie: string, procedure: Procedure, i: number): Promise<DossierDetail> {
    const response = await call(server, '/api/dossiers', {
      cookie,
      json: {
        procedureId: procedure.id,
        channel: 'walk_in',
        applicant: { name: `Người nộp ${i}`, idNumber: `0101920${String(i).padStart(5, '0')}`, phone: `09771${String(i).padStart(5, '0')}`, address: 'Thôn Đồng Tâm' },
        documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
        returnMethod: 'desk',
      },
    });
    if (response.status !== 201) throw new Error(`receive: ${response.status} ${await response.text()}`);
    return response.json();
  }

  it('shares sessions: signed in on one, known to the other; signed out on one, out on both', async () => {
    const cookie = await session(a, 'motcua1');
    expect((await call(b, '/api/auth/me', { cookie })).status).toBe(200);
    expect((await call(b, '/api/auth/logout', { cookie, json: {} })).status).toBeLessThan(300);
    expect((await call(a, '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('answers lists gzip-compressed to a client that accepts it', async () => {
    const cookie = await session(a, 'motcua1');
    const response = await fetch(`${a.url}/api/dossiers?queue=all`, { headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const list: unknown = await response.json();
    expect(list).toMatchObject({ page: 1 });
  });

  let received: DossierDetail[] = [];

  it('numbers dossiers received on both at once without gaps or repeats', async () => {
    const [cookieA, cookieB] = await Promise.all([session(a, 'motcua1'), session(b, 'motcua2')]);
    const procedures: Procedure[] = await (await call(a, '/api/procedures', { cookie: cookieA })).json();
    const procedure = procedures.find((p) => p.code === '1.004873')!;
    received = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? receiveOn(b, cookieB, procedure, i) : receiveOn(a, cookieA, procedure, i))),
    );
    const codes = received.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    // Every day these codes fall on is numbered 1..n with no number missing.
    for (const day of new Set(codes.map((code) => code.split('-')[1]!))) {
      const numbers = (await db.query<{ code: string }>(`SELECT code FROM dossiers WHERE split_part(code, '-', 2) = $1`, [day]))
        .map((row) => Number(row.code.split('-')[2]))
        .sort((x, y) => x - y);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('lets exactly one of two simultaneous steps on the same version through', async () => {
    expect(received.length).toBeGreaterThan(0);
    const [cookieA, cookieB] = await Promise.all([session(a, 'motcua1'), session(b, 'motcua2')]);
    for (const dossier of received.slice(0, 10)) {
      const body = { version: dossier.version };
      const answers = await Promise.all([
        call(a, `/api/dossiers/${dossier.id}/actions/hand_over`, { cookie: cookieA, json: body }),
        call(b, `/api/dossiers/${dossier.id}/actions/hand_over`, { cookie: cookieB, json: body }),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const [row] = await db.query<{ version: number; n: number }>(
        `SELECT d.version, (SELECT count(*)::int FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'hand_over') AS n FROM dossiers d WHERE d.id = $1`,
        [dossier.id],
      );
      expect(row).toEqual({ version: dossier.version + 1, n: 1 });
    }
  });

  it('delivers each queued message once, whichever dispatcher claims it', async () => {
    expect(received.length).toBeGreaterThan(0);
    const ids = received.map((d) => d.id);
    const queued = async () =>
      (await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM notifications WHERE dossier_id = ANY($1::uuid[]) GROUP BY status`, [ids]));
    const deadline = Date.now() + 20_000;
    let statuses = await queued();
    while (statuses.some((s) => s.status === 'pending') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      statuses = await queued();
    }
    const total = statuses.reduce((sum, s) => sum + s.n, 0);
    expect(total).toBeGreaterThanOrEqual(received.length);
    expect(statuses).toEqual([{ status: 'sent', n: total }]);
    const phones = new Set(received.map((d) => d.applicant.phone));
    const delivered = [...a.sent, ...b.sent].filter((line) => {
      const message: unknown = JSON.parse(line);
      return typeof message === 'object' && message !== null && 'recipient' in message && phones.has(String(message.recipient));
    });
    expect(delivered).toHaveLength(total);
    expect(new Set(delivered).size).toBe(total);
    // Both took part (each polls every 50 ms while the other is sending).
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
  }, 30_000);

  it('counts failed sign-ins across both: the lock set through one holds on the other', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signIn(i % 2 ? b : a, 'hotich', 'sai-mat-khau')).status).toBe(401);
    }
    expect((await signIn(a, 'hotich')).status).toBe(429);
    expect((await signIn(b, 'hotich')).status).toBe(429);
  });
});
