// `npm run load`: officers working at once against a running server on this machine.
//
//   npm run load -- --url http://127.0.0.1:8080 --officers 200 --seconds 120 --think 1000
//
// 1. Sign-in storm: every officer signs in at the same instant, while a few officers who
//    signed in before keep opening their queue; prints how long the storm took and what the
//    others waited meanwhile.
// 2. The working day: each officer repeats what their role does (queues, searches with and
//    without diacritics, dossier pages, receipts, the next step of a dossier), thinking
//    `--think` ms (±50%) between requests, for `--seconds`.
// Prints per request type p50/p95/p99 and counts, throughput, errors (5xx, network errors,
// unexpected answers; a 409 on a dossier another officer moved first is counted apart) and
// the server's memory (the RSS of --pid and its child processes, sampled every second).
// Officers sign in as the demo accounts (several sessions per account), so the server must
// hold demo users (the bench databases do). Loopback only; at most 1,000 officers, 15 minutes.
import { parseArgs } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.LOAD_URL ?? 'http://127.0.0.1:8080' },
    officers: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    think: { type: 'string', default: '1000' },
    password: { type: 'string', default: 'motcua2026' },
    pid: { type: 'string', multiple: true, default: [] },
    probes: { type: 'string', default: '5' },
    'no-storm': { type: 'boolean', default: false },
  },
});

const base = new URL(values.url);
if (!['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) {
  console.error(`Only a server on this machine can be loaded (got ${base.hostname}).`);
  process.exit(2);
}
const origin = base.origin;
const officerCount = Math.min(1_000, Math.max(1, Number(values.officers)));
const durationMs = Math.min(15 * 60, Math.max(5, Number(values.seconds))) * 1000;
const thinkMs = Math.max(0, Number(values.think));
const probeCount = Math.max(1, Number(values.probes));

type Role = 'desk' | 'head' | 'handler' | 'chair';
/** Who the officers are: mostly desk officers and handlers, as at a one-stop desk. */
const accounts: { username: string; role: Role; weight: number }[] = [
  { username: 'motcua1', role: 'desk', weight: 20 },
  { username: 'motcua2', role: 'desk', weight: 20 },
  { username: 'truongvp', role: 'head', weight: 5 },
  { username: 'truongkt', role: 'head', weight: 5 },
  { username: 'truongvhxh', role: 'head', weight: 5 },
  { username: 'hotich', role: 'handler', weight: 14 },
  { username: 'diachinh', role: 'handler', weight: 13 },
  { username: 'vhxh', role: 'handler', weight: 13 },
  { username: 'chutich', role: 'chair', weight: 5 },
];

// ---------------------------------------------------------------- measuring

const samples = new Map<string, number[]>();
const outcome = { errors: 0, conflicts: 0, requests: 0 };
const errorExamples: string[] = [];
let recording = true;

function record(kind: string, ms: number) {
  if (!recording) return;
  const list = samples.get(kind) ?? [];
  list.push(ms);
  samples.set(kind, list);
}

function fail(kind: string, detail: string) {
  outcome.errors++;
  if (errorExamples.length < 10) errorExamples.push(`${kind}: ${detail}`);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A process and all its descendants (the server's workers). */
function processTree(pid: string): string[] {
  try {
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(' ').filter(Boolean),
    );
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return []; // the process ended
  }
}

/** Resident memory of one process, in MB. */
function rssOf(pid: string): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** CPU seconds one process has used (user + system), from /proc; 0 once it has ended. */
function cpuSecondsOf(pid: string): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** Busy CPU seconds of the whole machine, from /proc/stat. */
function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** Where the cores go: the server's processes, this script, and the rest of the machine (PostgreSQL). */
function cpuSnapshot() {
  const clientUsage = process.cpuUsage();
  return {
    server: values.pid.flatMap(processTree).reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    client: (clientUsage.user + clientUsage.system) / 1e6,
    machine: machineBusySeconds(),
  };
}

const memory = { max: 0, maxPerProcess: 0, sum: 0, n: 0 };
function sampleMemory() {
  if (!values.pid.length) return;
  const rss = values.pid.flatMap(processTree).map(rssOf);
  const total = rss.reduce((a, b) => a + b, 0);
  memory.max = Math.max(memory.max, total);
  memory.maxPerProcess = Math.max(memory.maxPerProcess, ...rss);
  memory.sum += total;
  memory.n++;
}

// ---------------------------------------------------------------- talking to the server

interface Answer {
  status: number;
  body: unknown;
}

async function call(kind: string, path: string, init: { cookie?: string; json?: unknown; method?: string } = {}): Promise<Answer | undefined> {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}${path}`, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: {
        'accept-encoding': 'gzip',
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.json === undefined ? {} : { 'content-type': 'application/json', origin }),
      },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    outcome.requests += recording ? 1 : 0;
    record(kind, ms);
    const body: unknown = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (response.status === 409) outcome.conflicts += recording ? 1 : 0;
    else if (response.status >= 400) fail(kind, `${response.status} ${path} ${text.slice(0, 160)}`);
    return { status: response.status, body };
  } catch (error) {
    fail(kind, `${path} ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function signIn(username: string, kind = 'sign-in'): Promise<string | undefined> {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username, password: values.password }),
    });
    await response.arrayBuffer();
    record(kind, performance.now() - started);
    if (response.status !== 200) {
      fail(kind, `${response.status} for ${username}`);
      return undefined;
    }
    return (response.headers.get('set-cookie') ?? '').split(';')[0];
  } catch (error) {
    fail(kind, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

// ---------------------------------------------------------------- what officers do

interface ListItem {
  id: string;
  code: string;
  version: number;
  applicantName: string;
  status: string;
}

const random = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const items = (answer: Answer | undefined): ListItem[] =>
  answer && answer.status === 200 && typeof answer.body === 'object' && answer.body !== null && 'items' in answer.body ? (answer.body.items as ListItem[]) : [];

/** Names and numbers people type: with and without diacritics, ID numbers, phones, codes. */
const nameSearches = ['nguyễn văn', 'nguyen van', 'Trần Thị', 'tran thi', 'hoàng thị lan', 'hoang thi lan', 'le van hung', 'pham minh', 'Đặng', 'dang van', 'vu thi thu', 'bui duc'];
const seen: { code: string[]; idNumber: string[]; phone: string[] } = { code: [], idNumber: [], phone: [] };
/**
 * A new applicant's ID number for every receipt: the intake refuses a second open dossier of
 * the same person and procedure (409) unless the officer saw it. The serial starts from the
 * clock, so runs against the same database do not meet earlier runs' applicants either.
 */
let nextSerial = Math.floor(Date.now() / 1000) % 10_000_000;
const newIdNumber = () => `01019${String(nextSerial++ % 10_000_000).padStart(7, '0')}`;

interface Reference {
  procedureId: string;
  documents: { procedureDocumentId: string; received: boolean; form: string; count: number }[];
  handlers: Map<string, string>;
}
let reference: Reference | undefined;

function weightedRole(): (typeof accounts)[number] {
  const total = accounts.reduce((sum, a) => sum + a.weight, 0);
  let roll = Math.random() * total;
  for (const account of accounts) if ((roll -= account.weight) < 0) return account;
  return accounts[0]!;
}

async function openDossier(cookie: string, list: ListItem[]): Promise<{ id: string; version: number; applicant?: { idNumber: string | null; phone: string | null } } | undefined> {
  if (!list.length) return undefined;
  const answer = await call('dossier page', `/api/dossiers/${random(list).id}`, { cookie });
  if (answer?.status !== 200) return undefined;
  const dossier = answer.body as { id: string; code: string; version: number; applicant: { idNumber: string | null; phone: string | null } };
  if (seen.code.length < 500) seen.code.push(dossier.code);
  if (dossier.applicant.idNumber && seen.idNumber.length < 500) seen.idNumber.push(dossier.applicant.idNumber);
  if (dossier.applicant.phone && seen.phone.length < 500) seen.phone.push(dossier.applicant.phone);
  return dossier;
}

async function search(cookie: string) {
  const roll = Math.random();
  const q =
    roll < 0.6 || !seen.code.length ? random(nameSearches) : roll < 0.75 ? random(seen.idNumber) : roll < 0.9 ? random(seen.phone) : random(seen.code);
  return call('search', `/api/dossiers?q=${encodeURIComponent(q)}`, { cookie });
}

async function act(cookie: string, dossier: { id: string; version: number } | undefined, action: string, body: Record<string, unknown> = {}) {
  if (!dossier) return;
  await call('action', `/api/dossiers/${dossier.id}/actions/${action}`, { cookie, json: { version: dossier.version, ...body } });
}

/** One thing an officer of this role does; returns when the answer is in. */
async function work(role: Role, cookie: string) {
  const roll = Math.random();
  if (roll < 0.03) return call('queue counts', '/api/queues', { cookie });
  switch (role) {
    case 'desk': {
      if (roll < 0.3) return call('queue', `/api/dossiers?queue=${random(['online_intake', 'to_hand_over', 'to_return', 'awaiting_supplement', 'late'])}`, { cookie });
      if (roll < 0.55) return search(cookie);
      if (roll < 0.75) return openDossier(cookie, items(await call('queue', '/api/dossiers?queue=to_return', { cookie })));
      if (roll < 0.87 && reference) {
        return call('receive', '/api/dossiers', {
          cookie,
          json: {
            procedureId: reference.procedureId,
            channel: 'walk_in',
            applicant: { name: random(['Nguyễn Văn An', 'Trần Thị Hoa', 'Lê Minh Tuấn']), idNumber: newIdNumber(), phone: '0912345678', address: 'Thôn Bảo An' },
            documents: reference.documents,
            returnMethod: 'desk',
          },
        });
      }
      if (roll < 0.94) return act(cookie, random([...items(await call('queue', '/api/dossiers?queue=to_hand_over', { cookie })), undefined]), 'hand_over');
      const ready = items(await call('queue', '/api/dossiers?queue=to_return', { cookie }));
      const pick = ready.length ? random(ready) : undefined;
      return act(cookie, pick, 'return_result', { method: 'desk', recipient: pick?.applicantName });
    }
    case 'head': {
      if (roll < 0.35) return call('queue', `/api/dossiers?queue=${random(['awaiting_assignment', 'in_department', 'late', 'due_soon'])}`, { cookie });
      if (roll < 0.6) return search(cookie);
      if (roll < 0.8) return openDossier(cookie, items(await call('queue', '/api/dossiers?queue=in_department', { cookie })));
      const waiting = items(await call('queue', '/api/dossiers?queue=awaiting_assignment', { cookie }));
      const pick = waiting.length ? random(waiting) : undefined;
      const handlerId = pick && reference ? reference.handlers.get(cookie) : undefined;
      return handlerId ? act(cookie, pick, 'assign', { handlerId }) : undefined;
    }
    case 'handler': {
      if (roll < 0.35) return call('queue', `/api/dossiers?queue=${random(['mine', 'late', 'due_soon'])}`, { cookie });
      if (roll < 0.55) return search(cookie);
      const mine = items(await call('queue', '/api/dossiers?queue=mine', { cookie })).filter((d) => d.status === 'processing');
      const dossier = await openDossier(cookie, mine);
      if (roll < 0.85 || !dossier) return;
      await pause(thinkMs * (0.5 + Math.random()));
      return act(cookie, dossier, 'submit_result', { kind: 'granted', number: `${Math.floor(Math.random() * 1e4)}/QĐ`, summary: 'Đồng ý cấp theo đề nghị' });
    }
    case 'chair': {
      if (roll < 0.35) return call('queue', '/api/dossiers?queue=awaiting_approval', { cookie });
      if (roll < 0.45) return call('overview', '/api/reports/overview?from=2026-11-01&to=2026-11-30', { cookie });
      if (roll < 0.6) return search(cookie);
      const waiting = items(await call('queue', '/api/dossiers?queue=awaiting_approval', { cookie }));
      const dossier = await openDossier(cookie, waiting);
      if (roll < 0.85 || !dossier) return;
      return act(cookie, dossier, 'approve', { note: '' });
    }
  }
}

async function loadReference(cookie: string, heads: { cookie: string; username: string }[]) {
  const procedures = (await call('reference', '/api/procedures', { cookie }))?.body as { id: string; code: string; documents: { id: string; required: boolean; defaultForm: string }[] }[];
  const procedure = procedures.find((p) => p.code === '1.004873') ?? procedures[0]!;
  const users = ((await call('reference', '/api/users?role=handler', { cookie }))?.body ?? []) as { id: string; unitId: string; role: string }[];
  const me = ((await Promise.all(heads.map((h) => call('reference', '/api/auth/me', { cookie: h.cookie })))).map((a) => a?.body) ?? []) as { unitId: string }[];
  const handlers = new Map<string, string>();
  heads.forEach((head, i) => {
    const handler = users.find((u) => u.role === 'handler' && u.unitId === me[i]?.unitId);
    if (handler) handlers.set(head.cookie, handler.id);
  });
  reference = {
    procedureId: procedure.id,
    documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
    handlers,
  };
}

// ---------------------------------------------------------------- the run

const load1 = () => loadavg()[0]!.toFixed(2);
console.log(`Load on ${origin}: ${officerCount} officers, ${durationMs / 1000} s, think ${thinkMs} ms; load average ${load1()}`);
const memoryTimer = setInterval(sampleMemory, 1000);
sampleMemory();

const probes: string[] = [];
for (let i = 0; i < probeCount; i++) {
  const cookie = await signIn(random(accounts).username, 'probe sign-in');
  if (cookie) probes.push(cookie);
}
const officers = Array.from({ length: officerCount }, () => weightedRole());
let cookies: (string | undefined)[];
if (!values['no-storm']) {
  // Everyone signs in at 8:00; the probes keep working meanwhile.
  const storm = { on: true };
  const probeLoop = probes.map(async (cookie) => {
    while (storm.on) await call('during storm: queue', '/api/dossiers?queue=late', { cookie });
  });
  const stormStart = performance.now();
  cookies = await Promise.all(officers.map((o) => signIn(o.username)));
  const stormMs = performance.now() - stormStart;
  storm.on = false;
  await Promise.all(probeLoop);
  const logins = [...(samples.get('sign-in') ?? [])].sort((a, b) => a - b);
  const during = [...(samples.get('during storm: queue') ?? [])].sort((a, b) => a - b);
  console.log(
    `\nSign-in storm: ${cookies.filter(Boolean).length}/${officerCount} signed in in ${(stormMs / 1000).toFixed(2)} s ` +
      `(each: p50 ${percentile(logins, 50).toFixed(0)} ms, p95 ${percentile(logins, 95).toFixed(0)} ms, max ${logins.at(-1)?.toFixed(0)} ms); ` +
      `meanwhile ${during.length} queue requests by ${probes.length} officers already in: p50 ${percentile(during, 50).toFixed(0)} ms, p95 ${percentile(during, 95).toFixed(0)} ms, max ${during.at(-1)?.toFixed(0)} ms`,
  );
} else {
  cookies = [];
  for (const o of officers) cookies.push(await signIn(o.username));
}

const heads = officers.flatMap((o, i) => (o.role === 'head' && cookies[i] ? [{ cookie: cookies[i], username: o.username }] : []));
await loadReference(probes[0] ?? cookies.find(Boolean)!, heads);

samples.clear();
outcome.errors = outcome.conflicts = outcome.requests = 0;
const memoryBefore = { ...memory };
Object.assign(memory, { max: 0, maxPerProcess: 0, sum: 0, n: 0 });
const loadStart = load1();
const cpuStart = cpuSnapshot();
const started = performance.now();
const deadline = started + durationMs;
await Promise.all(
  officers.map(async (officer, i) => {
    const cookie = cookies[i];
    if (!cookie) return;
    // Spread the first requests over one think time, as people do not click in step.
    await pause(Math.random() * thinkMs);
    while (performance.now() < deadline) {
      await work(officer.role, cookie);
      await pause(thinkMs * (0.5 + Math.random()));
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
const cpuEnd = cpuSnapshot();
recording = false;
clearInterval(memoryTimer);

const rows = [...samples].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { kind, n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
});
const cell = (v: number) => (Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0)).padStart(7);
console.log(`\n${'request'.padEnd(16)} ${'count'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`);
for (const r of rows) console.log(`${r.kind.padEnd(16)} ${String(r.n).padStart(7)} ${cell(r.p50)} ${cell(r.p95)} ${cell(r.p99)}`);
console.log(
  `\n${outcome.requests} requests in ${elapsed.toFixed(0)} s: ${(outcome.requests / elapsed).toFixed(1)} requests/s; ` +
    `errors ${outcome.errors}; 409 (moved by another officer first) ${outcome.conflicts}`,
);
if (values.pid.length) {
  console.log(
    `Server RSS (all processes of ${values.pid.join(', ')}): max ${memory.max.toFixed(0)} MB, mean ${(memory.sum / Math.max(1, memory.n)).toFixed(0)} MB; ` +
      `largest single process ${memory.maxPerProcess.toFixed(0)} MB (during sign-in: max ${memoryBefore.max.toFixed(0)} MB)`,
  );
}
const cores = (seconds: number) => (seconds / elapsed).toFixed(2);
const serverCpu = cpuEnd.server - cpuStart.server;
const clientCpu = cpuEnd.client - cpuStart.client;
const machineCpu = cpuEnd.machine - cpuStart.machine;
console.log(
  `CPU in use (cores of ${availableParallelism()}): ${cores(machineCpu)} in all; ` +
    (values.pid.length ? `the server's processes ${cores(serverCpu)}, ` : '') +
    `this load script ${cores(clientCpu)}, the rest (PostgreSQL, …) ${cores(machineCpu - serverCpu - clientCpu)}; ` +
    `per request: ${((serverCpu / Math.max(1, outcome.requests)) * 1000).toFixed(1)} ms server, ` +
    `${(((machineCpu - serverCpu - clientCpu) / Math.max(1, outcome.requests)) * 1000).toFixed(1)} ms the rest`,
);
console.log(`Load average (1 min): ${loadStart} at the start, ${load1()} at the end`);
if (errorExamples.length) console.log(`\nFirst errors:\n  ${errorExamples.join('\n  ')}`);
process.exit(outcome.errors > 0 ? 1 : 0);
