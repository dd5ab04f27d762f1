import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, TEST_PORTAL_KEY, type TestApi } from '../setup/test-api.ts';
import { hostile, hostileString, operationsOf, plausible, withOneHostileField, type JsonSchema, type KnownIds, type Operation } from '../setup/openapi-fuzz.ts';

/**
 * Every operation of GET /api/openapi.json (so a new endpoint is covered the day it is
 * added), called as each role, anonymously and as the portal, with generated values:
 * plausible ones, ones with a single hostile field, and wholly hostile ones. No answer may
 * be a 5xx or the database's `invalid_value` backstop, and a rejected request (4xx) may
 * change no row. Deterministic: FUZZ_SEED picks another sequence, FUZZ_REQUESTS a longer run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const MIN_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5000);

interface Identity {
  name: string;
  username?: string;
  headers: Record<string, string>;
}

let t: TestApi;
let known: KnownIds;
let operations: Operation[];
const identities: Identity[] = [
  { name: 'anonymous', headers: {} },
  { name: 'portal', headers: { 'x-api-key': TEST_PORTAL_KEY } },
  { name: 'desk officer', username: 'motcua1', headers: {} },
  { name: 'department head', username: 'truongvp', headers: {} },
  { name: 'handler', username: 'hotich', headers: {} },
  { name: 'chairperson', username: 'chutich', headers: {} },
  { name: 'administrator', username: 'admin', headers: {} },
];

async function signIn(identity: Identity) {
  if (!identity.username) return;
  // Generated wrong current passwords count as failed logins for these accounts: clear them
  // so the fuzz keeps acting as each role.
  await t.db.query('DELETE FROM login_throttle WHERE key = $1', [`user:${identity.username}`]);
  identity.headers = { cookie: await t.login(identity.username) };
}

/** Rows changed since the fuzz began, counted by triggers on every table. */
async function changes(): Promise<number> {
  const [row] = await t.db.query<{ n: string | number }>('SELECT n FROM fuzz_changes');
  return Number(row!.n);
}

// A committed change to any row counts, except what a rejected request records by design:
// failed logins (login_throttle, and their entries in the audit log), the public lookup's request
// counts (request_throttle) and a session's last-seen time.
async function countChanges() {
  await t.db.exec(`
    CREATE TABLE fuzz_changes (n bigint NOT NULL);
    INSERT INTO fuzz_changes VALUES (0);
    CREATE FUNCTION fuzz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE fuzz_changes SET n = n + 1; RETURN NULL; END; $$;`);
  const tables = await t.db.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('fuzz_changes', 'login_throttle', 'request_throttle')",
  );
  for (const { name } of tables) {
    // The audit log is append-only: only its inserts can happen.
    const events = name === 'sessions' ? 'INSERT OR DELETE' : name === 'audit_log' ? 'INSERT' : 'INSERT OR UPDATE OR DELETE';
    const when = name === 'audit_log' ? "WHEN (NEW.action NOT IN ('auth.sign_in_failed', 'auth.lockout'))" : '';
    await t.db.exec(`CREATE TRIGGER fuzz_count AFTER ${events} ON "${name}" FOR EACH ROW ${when} EXECUTE FUNCTION fuzz_count_change()`);
  }
}

async function knownIds(): Promise<KnownIds> {
  const ids = async (sql: string) => (await t.db.query<{ v: string }>(sql)).map((row) => row.v);
  return {
    dossier: await ids(`SELECT DISTINCT ON (status) id::text AS v FROM dossiers ORDER BY status, code`),
    user: await ids('SELECT id::text AS v FROM users'),
    unit: await ids('SELECT id::text AS v FROM units'),
    field: await ids('SELECT id::text AS v FROM fields'),
    // Accounts the administration may lock or reset: not the ones the fuzz signs in with.
    account: await ids(`SELECT id::text AS v FROM users WHERE username <> ALL(ARRAY[${identities.map((i) => `'${i.username}'`).join(', ')}])`),
    calendarDay: await ids("SELECT to_char(day, 'YYYY-MM-DD') AS v FROM calendar_days ORDER BY day LIMIT 6"),
    procedure: await ids('SELECT id::text AS v FROM procedures LIMIT 6'),
    procedureCode: await ids('SELECT code AS v FROM procedures LIMIT 6'),
    procedureDocument: await ids('SELECT id::text AS v FROM procedure_documents LIMIT 8'),
    dossierDocument: await ids('SELECT id::text AS v FROM dossier_documents LIMIT 6'),
    attachment: await ids('SELECT id::text AS v FROM attachments LIMIT 4'),
    slip: await ids('SELECT id::text AS v FROM intake_slips LIMIT 4'),
    view: await ids('SELECT id::text AS v FROM saved_views LIMIT 4'),
    submission: await ids('SELECT portal_submission_id AS v FROM dossiers WHERE portal_submission_id IS NOT NULL LIMIT 4'),
    code: await ids('SELECT code AS v FROM dossiers LIMIT 4'),
  };
}

/** Percent-encoding that also writes lone surrogates (as the invalid UTF-8 a raw client would send). */
function percentEncode(value: string): string {
  let out = '';
  for (const char of value) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: BodyInit;
}

function parameterValue(schema: JsonSchema, name: string, path: string): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: plausible(schema, name, path, known) }, { weight: 2, arbitrary: hostile(schema) });
}

function jsonBody(schema: JsonSchema, path: string): fc.Arbitrary<{ body: BodyInit; type?: string }> {
  const json = (value: fc.Arbitrary<unknown>) => value.map((v) => ({ body: JSON.stringify(v) ?? 'null', type: 'application/json' }));
  return fc.oneof(
    { weight: 2, arbitrary: json(plausible(schema, 'body', path, known)) },
    { weight: 5, arbitrary: json(withOneHostileField(schema, 'body', path, known)) },
    { weight: 1, arbitrary: json(hostile(schema)) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom('{', '{"a":', '[1,]', "{'a':1}", 'null', '', '{"a":"\\u0000"}', '{"a":"\\ud800"}', '{"__proto__":{"admin":true}}', `${'['.repeat(3000)}${']'.repeat(3000)}`).map((body) => ({
          body,
          type: 'application/json',
        })),
        plausible(schema, 'body', path, known).chain((value) =>
          fc
            .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined, 'application/json; charset=latin1', 'application/xml')
            .map((type) => ({ body: new TextEncoder().encode(JSON.stringify(value) ?? ''), type })),
        ),
        fc.constant({ body: 'x'.repeat(1_100_000), type: 'application/json' }),
        fc.string({ maxLength: 40 }).map((text) => ({ body: new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode(text)]), type: 'application/json' })),
      ),
    },
  );
}

const files = fc.constantFrom(
  new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'),
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  new TextEncoder().encode('<script>alert(1)</script>'),
  new Uint8Array(0),
);

function multipartBody(schema: JsonSchema, path: string): fc.Arbitrary<{ body: BodyInit; type?: string }> {
  const fields = Object.entries(schema.properties ?? {}).filter(([name]) => name !== 'file');
  return fc
    .tuple(
      files,
      fc.oneof(fc.constantFrom('Tờ khai.pdf', 'scan.png', 'ảnh.jpg'), hostileString),
      fc.boolean(),
      fc.tuple(...fields.map(([name, child]) => fc.option(parameterValue(child, name, path)))),
    )
    .map(([bytes, fileName, withFile, values]) => {
      const form = new FormData();
      if (withFile) form.set('file', new File([bytes.slice()], fileName, { type: 'application/octet-stream' }));
      fields.forEach(([name], index) => {
        const value = values[index];
        if (value !== null && value !== undefined) form.set(name, asText(value));
      });
      return { body: form as BodyInit };
    });
}

function requestOf(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const [mediaType, schema] = Object.entries(operation.body ?? {})[0] ?? [];
  const body: fc.Arbitrary<{ body?: BodyInit; type?: string }> = !schema
    ? fc.constant({})
    : mediaType === 'multipart/form-data'
      ? fc.oneof({ weight: 4, arbitrary: multipartBody(schema, operation.path) }, { weight: 1, arbitrary: jsonBody(schema, operation.path) })
      : jsonBody(schema, operation.path);
  return fc
    .record({
      path: fc.tuple(...pathParameters.map((p) => parameterValue(p.schema, p.name, operation.path))),
      query: fc.tuple(...queryParameters.map((p) => fc.option(parameterValue(p.schema, p.name, operation.path), { freq: 2 }))),
      extra: fc.option(fc.tuple(hostileString, hostileString), { freq: 4 }),
      body,
    })
    .map(({ path, query, extra, body: payload }) => {
      let url = operation.path;
      pathParameters.forEach((p, index) => (url = url.replace(`{${p.name}}`, percentEncode(asText(path[index])) || '%20')));
      const pairs: string[] = [];
      queryParameters.forEach((p, index) => {
        const value = query[index];
        if (value === null || value === undefined) return;
        for (const item of Array.isArray(value) ? value : [value]) pairs.push(`${p.name}=${percentEncode(asText(item))}`);
      });
      if (extra) pairs.push(`${percentEncode(extra[0])}=${percentEncode(extra[1])}`);
      const headers: Record<string, string> = payload.type ? { 'content-type': payload.type } : {};
      return { method: operation.method, url: pairs.length ? `${url}?${pairs.join('&')}` : url, headers, body: payload.body };
    });
}

beforeAll(async () => {
  t = await createTestApi();
  known = await knownIds();
  const document = await (await t.request('/api/openapi.json')).json();
  operations = operationsOf(document);
  for (const identity of identities) await signIn(identity);
  await countChanges();
});
afterAll(async () => {
  await t?.close();
});

describe('the API under hostile input', () => {
  it(`answers at least ${MIN_REQUESTS} generated requests without a 5xx, and rejected ones change nothing`, { timeout: 240_000 }, async () => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    const perOperation = Math.ceil(MIN_REQUESTS / operations.length);
    const statuses: Record<number, number> = {};
    const problems: string[] = [];
    let sent = 0;
    let before = await changes();

    const send = async (request: FuzzRequest, identity: Identity) => {
      const headers = { ...request.headers, ...identity.headers };
      const response = await t.request(request.url, { method: request.method, headers, body: request.body });
      sent++;
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const text = await response.text();
      const after = await changes();
      const what = `${request.method} ${request.url.slice(0, 160)} as ${identity.name} → ${response.status} ${text.slice(0, 160)}`;
      if (response.status >= 500) problems.push(what);
      else if (text.includes('"error":"invalid_value"')) problems.push(`reached the database unchecked: ${what}`);
      else if (response.status >= 400 && after !== before) problems.push(`rejected but changed ${after - before} row(s): ${what}`);
      before = after;
      return response;
    };

    let generating = 0;
    for (const [index, operation] of operations.entries()) {
      const generationStarted = Date.now();
      const requests = fc.sample(requestOf(operation), { seed: SEED + index, numRuns: perOperation });
      generating += Date.now() - generationStarted;
      for (const [n, request] of requests.entries()) {
        // The administration answers everyone else with 403: half its requests go as the administrator.
        const admin = identities.find((candidate) => candidate.username === 'admin')!;
        const identity = operation.path.startsWith('/api/admin/') && n % 2 === 0 ? admin : identities[n % identities.length]!;
        const response = await send(request, identity);
        if (response.ok && /\/auth\/logout/.test(operation.path)) {
          await signIn(identity);
          before = await changes();
        }
        if (response.ok && /require-password-change/.test(operation.path)) {
          await t.db.query('UPDATE users SET must_change_password = false');
          before = await changes();
        }
      }
    }
    // Methods no operation has, on every known path: a JSON 404 each.
    for (const path of new Set(operations.map((o) => o.path.replace(/\{[^}]+\}/g, known.dossier[0]!)))) {
      for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        if (operations.some((o) => o.method === method && o.path.replace(/\{[^}]+\}/g, known.dossier[0]!) === path)) continue;
        await send({ method, url: path, headers: {} }, identities[2]!);
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const cpuSeconds = ((process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6).toFixed(1);
    console.log(`fuzz: ${sent} requests over ${operations.length} operations in ${seconds} s (${cpuSeconds} s CPU; seed ${SEED}); statuses ${JSON.stringify(statuses)}; generating ${generating} ms`);
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
    // Not only rejections: the generated values also get through to the rules.
    expect(Object.entries(statuses).filter(([status]) => Number(status) < 300).reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(300);
  });
});
