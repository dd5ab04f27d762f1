import { isOpen } from '../../src/domain/dossier-status.ts';
import type { Db } from '../../src/server/db/db.ts';
import { buildDossier, type BuiltDossier } from './build-dossier.ts';
import { copyLine, setAsideConstraints, type BulkLoader } from './bulk-load.ts';
import { counterColumns, documentColumns, dossierColumns, eventColumns, insertRows, notificationColumns } from './bulk-insert.ts';
import { toDossierRow } from './dossier-row.ts';
import {
  assignNumbers, buildNotifications, notificationsSince, notifiedActions, searchTextOf, type NotifiableDossier, type NumberingInput,
} from './finalize.ts';
import { loadDemoContext } from './load-context.ts';
import type { DemoPerson } from './people.ts';
import { IntakeLoad, makeWorkingAxis } from './placement.ts';
import { Random } from './random.ts';
import { onlineShareForFreeChannels, planStatuses, type StatusShares } from './scenario.ts';
import { demoStaffUsernames, ensureDemoUsers } from './seed-demo.ts';

/**
 * A year of a busy desk rather than a quarter of a small one: most dossiers returned, a
 * steady stock of a few thousand in every open stage (the stock depends on the daily flow
 * and how long each stage lasts, not on how far back the history goes).
 */
export const scaleStatusShares: StatusShares = {
  returned: 0.808,
  result_ready: 0.025,
  awaiting_approval: 0.02,
  processing: 0.035,
  supplement_requested: 0.02,
  awaiting_assignment: 0.012,
  received: 0.008,
  awaiting_intake: 0.015,
  intake_completion_requested: 0.012,
  refused: 0.012,
  withdrawn: 0.012,
  stopped: 0.008,
  not_accepted: 0.013,
};

// About one calendar year of receipts; the axis reaches further back for the longest
// histories (permits with supplements, lapsed supplement deadlines) received at its start.
const WINDOW_WORKING_DAYS = 250;
const AXIS_WORKING_DAYS = 330;
/** Dossiers built between two hand-overs to the database. */
const BATCH = 2_000;

export interface ScaleOptions {
  now: Date;
  dossierCount: number;
  seed?: number;
  /** COPY into the database (tests/bench/bulk-loaders.ts). */
  loader: BulkLoader;
  onProgress?: (event: { phase: 'build' | 'number' | 'index' | 'vacuum'; done: number; total: number; detail?: string }) => void;
}

export interface ScaleResult {
  dossiers: number;
  events: number;
  documents: number;
  notifications: number;
  /** Building the histories while the database takes their events and checklists. */
  buildMs: number;
  /** Numbering (codes, registers, results) and writing the dossier rows. */
  numberMs: number;
  /** Building the indexes and checking the keys over the loaded rows. */
  indexMs: number;
  vacuumMs: number;
}

const loadedTables = ['dossiers', 'dossier_events', 'dossier_documents', 'notifications'];
/** The dossier columns that need every dossier built first (arrival order, yearly registers). */
const numberedColumns = ['code', 'portal_submission_id', 'search_text', 'register_book', 'register_number', 'result_number'];
/** Everything else, written as each dossier is built; `handler_user_id` is otherwise a trigger's. */
const stagedColumns = [...Object.keys(dossierColumns).filter((c) => !numberedColumns.includes(c)), 'handler_user_id'];
const eventNames = Object.keys(eventColumns);
const documentNames = Object.keys(documentColumns);
const notificationNames = Object.keys(notificationColumns);

/**
 * Triggers that keep data derived from the rows, set aside during the load (row by row they
 * would cost more than the load itself). What they keep is rebuilt once afterwards: the
 * handler by `handlerOf`, the search dictionary and the overview's counts by the database
 * functions the migrations made for that. No attachments are generated, so no dossier is
 * digitised (the column's default).
 */
const setAsideTriggers = [
  ['dossier_events', 'dossier_events_handler'],
  ['dossiers', 'dossiers_search_dictionary'],
  ['dossiers', 'dossiers_counts'],
  ['dossiers', 'dossiers_digitised'],
] as const;

/** What migration 003's trigger writes on the dossier: the handler of the last assignment. */
const handlerOf = (d: BuiltDossier) => d.events.findLast((e) => e.action === 'assign' || e.action === 'reassign')?.to_user_id ?? null;

const unnumbered = { code: '', portalSubmissionId: null, registerBook: null, registerNumber: null, resultNumber: null, searchText: '' };

/** What is kept of a dossier until every one is built: what numbering and the search text need. */
interface Kept extends NumberingInput {
  applicant: Pick<DemoPerson, 'name' | 'idNumber' | 'phone'>;
  submitter: Pick<DemoPerson, 'name'> | null;
}

/**
 * Fills a prepared database (schema, reference data) with the demo accounts and
 * `dossierCount` dossiers received over the year before `now`, with their checklists,
 * full event histories, recent notifications and the daily code counters. Each history is
 * the demo's: built by replaying its steps through the domain's state machine, calendar
 * and control-slip rules (`buildDossier`).
 *
 * Streamed, so a million dossiers fit in memory and minutes: events and checklists go to
 * the database by COPY as each batch is built (the database works on one batch while the
 * next is built); the dossier rows wait in an unlogged table until all are built and
 * numbered, then go in in the order a live desk would have created them. Keys and indexes
 * are set aside during the load and rebuilt once at the end; then VACUUM ANALYZE, as
 * autovacuum would have done long since. Expects no dossiers yet: run it on an empty
 * database made for benchmarks.
 */
export async function fillScaleData(db: Db, options: ScaleOptions): Promise<ScaleResult> {
  const { now, dossierCount, seed = 20_260_101, loader, onProgress } = options;
  await ensureDemoUsers(db);
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
  if (existing && existing.n > 0) throw new Error(`fillScaleData needs an empty database; it holds ${existing.n} dossiers`);
  const context = await loadDemoContext(db, now, demoStaffUsernames);

  const buildStart = performance.now();
  const constraints = await setAsideConstraints(db, loadedTables);
  for (const [table, trigger] of setAsideTriggers) await db.exec(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  await db.exec(`CREATE UNLOGGED TABLE scale_fill_dossiers AS SELECT ${stagedColumns.join(', ')} FROM dossiers WITH NO DATA;
    CREATE UNLOGGED TABLE scale_fill_numbers (id uuid, ${numberedColumns.map((c) => `${c} ${dossierColumns[c]}`).join(', ')});`);
  const [eventsTable, documentsTable, stagedTable] = await Promise.all([
    loader.open('dossier_events', eventNames),
    loader.open('dossier_documents', documentNames),
    loader.open('scale_fill_dossiers', stagedColumns),
  ]);

  const random = new Random(seed);
  const axis = makeWorkingAxis(context.calendar, now, AXIS_WORKING_DAYS);
  const plan = planStatuses(random, dossierCount, scaleStatusShares);
  const build = {
    axis,
    windowWorkingDays: WINDOW_WORKING_DAYS,
    onlineShare: onlineShareForFreeChannels(plan),
    load: new IntakeLoad(axis, WINDOW_WORKING_DAYS, plan.length),
  };
  // As the demo: open dossiers first (their receipts are fixed by how long they have
  // waited), then the closed ones fill the days where intake is still thin.
  const ordered = [...plan.filter(isOpen), ...plan.filter((status) => !isOpen(status))];
  const kept: Kept[] = [];
  const notifiable: { index: number; dossier: Omit<NotifiableDossier, 'code'> }[] = [];
  const since = notificationsSince(context);
  let events = 0;
  let documents = 0;
  let eventLines = '';
  let documentLines = '';
  let stagedLines = '';
  for (const [index, final] of ordered.entries()) {
    const d = buildDossier(random, context, final, build);
    const row: Record<string, unknown> = { ...toDossierRow(context, { ...d, ...unnumbered }), handler_user_id: handlerOf(d) };
    stagedLines += copyLine(stagedColumns.map((c) => row[c]));
    for (const event of d.events) eventLines += copyLine(eventNames.map((c) => event[c as keyof typeof event]));
    for (const document of d.documents) documentLines += copyLine(documentNames.map((c) => document[c as keyof typeof document]));
    events += d.events.length;
    documents += d.documents.length;
    const { scenario, state, applicant, submitter } = d;
    kept.push({
      id: d.id,
      scenario: { channel: scenario.channel, procedure: scenario.procedure },
      state: { submittedAt: state.submittedAt, receivedAt: state.receivedAt, decidedAt: state.decidedAt, resultKind: state.resultKind },
      applicant: { name: applicant.name, idNumber: applicant.idNumber, phone: applicant.phone },
      submitter: submitter ? { name: submitter.name } : null,
    });
    const messaged = d.events.filter((e) => notifiedActions.has(e.action) && e.at.getTime() >= since);
    if (messaged.length > 0) {
      notifiable.push({
        index,
        dossier: { id: d.id, events: messaged, state: { appointmentAt: state.appointmentAt }, applicant: { phone: applicant.phone, email: applicant.email }, scenario },
      });
    }
    if ((index + 1) % BATCH === 0 || index + 1 === ordered.length) {
      await Promise.all([eventsTable.write(eventLines), documentsTable.write(documentLines), stagedTable.write(stagedLines)]);
      eventLines = documentLines = stagedLines = '';
      onProgress?.({ phase: 'build', done: index + 1, total: ordered.length });
    }
  }
  await Promise.all([eventsTable.end(), documentsTable.end(), stagedTable.end()]);
  const buildMs = performance.now() - buildStart;

  const numberStart = performance.now();
  onProgress?.({ phase: 'number', done: 0, total: ordered.length });
  const { numbers, counters } = assignNumbers(context, kept);
  const numbersTable = await loader.open('scale_fill_numbers', ['id', ...numberedColumns]);
  for (let start = 0; start < kept.length; start += BATCH * 5) {
    let lines = '';
    for (let i = start; i < Math.min(start + BATCH * 5, kept.length); i++) {
      const n = numbers[i]!;
      lines += copyLine([kept[i]!.id, n.code, n.portalSubmissionId, searchTextOf(n.code, kept[i]!), n.registerBook, n.registerNumber, n.resultNumber]);
    }
    await numbersTable.write(lines);
  }
  await numbersTable.end();
  kept.length = 0;
  // Rows in the order a live desk would have created them, so the table's physical order
  // (and the planner's correlation statistics) look like a real database's.
  await db.exec(`INSERT INTO dossiers (${[...stagedColumns, ...numberedColumns].join(', ')})
    SELECT ${stagedColumns.map((c) => `s.${c}`).join(', ')}, ${numberedColumns.map((c) => `n.${c}`).join(', ')}
    FROM scale_fill_dossiers s JOIN scale_fill_numbers n ON n.id = s.id ORDER BY s.created_at, s.id;
    DROP TABLE scale_fill_dossiers; DROP TABLE scale_fill_numbers;`);
  const notifications = buildNotifications(
    new Random(seed + 1),
    context,
    notifiable.map(({ index, dossier }) => ({ ...dossier, code: numbers[index]!.code })),
  );
  const notificationsTable = await loader.open('notifications', notificationNames);
  await notificationsTable.write(notifications.map((n) => copyLine(notificationNames.map((c) => n[c as keyof typeof n]))).join(''));
  await notificationsTable.end();
  await db.transaction((tx) => insertRows(tx, 'dossier_code_counters', counterColumns, counters, { chunkSize: 1_000 }));
  const numberMs = performance.now() - numberStart;

  const indexStart = performance.now();
  await constraints.restore(db, (statement) => onProgress?.({ phase: 'index', done: 0, total: 0, detail: statement }));
  for (const [table, trigger] of setAsideTriggers) await db.exec(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  onProgress?.({ phase: 'index', done: 0, total: 0, detail: 'search dictionary and overview counts' });
  await db.exec('SELECT refresh_search_dictionary(); SELECT refresh_dossier_counts();');
  const indexMs = performance.now() - indexStart;

  const vacuumStart = performance.now();
  onProgress?.({ phase: 'vacuum', done: 0, total: 0 });
  await db.exec('VACUUM ANALYZE');
  const vacuumMs = performance.now() - vacuumStart;
  return { dossiers: ordered.length, events, documents, notifications: notifications.length, buildMs, numberMs, indexMs, vacuumMs };
}
