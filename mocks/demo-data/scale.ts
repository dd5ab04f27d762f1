import { isOpen } from '../../src/domain/dossier-status.ts';
import { documentDigitisation, dossierDigitisation } from '../../src/domain/digitisation.ts';
import type { Db } from '../../src/server/db/db.ts';
import { buildDossier, type BuiltDossier } from './build-dossier.ts';
import { CopyText, copyLine, copyValue, setAsideConstraints, type BulkLoader } from './bulk-load.ts';
import {
  attachmentColumns, counterColumns, documentColumns, dossierColumns, eventColumns, insertRows, notificationColumns, paymentColumns, ratingColumns,
} from './bulk-insert.ts';
import { Digitiser, resultFile, type AttachmentRow, type PendingResultFile } from './digitise.ts';
import { toDossierRow } from './dossier-row.ts';
import {
  assignNumbers, buildNotifications, notificationsSince, notifiedActions, numberPayments, searchTextOf, type NotifiableDossier, type NumberingInput,
} from './finalize.ts';
import { loadDemoContext } from './load-context.ts';
import { Residents, type DemoPerson } from './people.ts';
import { IntakeLoad, makeWorkingAxis } from './placement.ts';
import { Random } from './random.ts';
import type { EventRow, PaymentRow } from './replay.ts';
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
/**
 * Dossiers built between two hand-overs to the database, and rows per hand-over after
 * numbering: few, so their COPY text is garbage before the next young-generation
 * collection (which copies whatever is still alive: megabytes of pending text made it the
 * largest cost of the build).
 */
const BATCH = 100;
const ROWS = 1_000;

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
  /** Scans and result files. */
  attachments: number;
  payments: number;
  ratings: number;
  notifications: number;
  /** Building the histories while the database takes their events and checklists. */
  buildMs: number;
  /**
   * Numbering (codes, registers, results) and writing the dossier rows; the keys and
   * indexes of the tables already complete (events, checklists, ratings, payments) are
   * built meanwhile.
   */
  numberMs: number;
  /** Building the other indexes and checking the keys over the loaded rows. */
  indexMs: number;
  vacuumMs: number;
}

const loadedTables = ['dossiers', 'dossier_events', 'dossier_documents', 'attachments', 'fee_payments', 'dossier_ratings', 'notifications'];
/** The dossier columns that need every dossier built first (arrival order, yearly registers). */
const numberedColumns = ['code', 'portal_submission_id', 'search_text', 'register_book', 'register_number', 'result_number'];
/**
 * Everything else, written as each dossier is built; `handler_user_id` and `digitised` are
 * otherwise kept by triggers.
 */
const stagedColumns = [...Object.keys(dossierColumns).filter((c) => !numberedColumns.includes(c)), 'handler_user_id', 'digitised'];
const eventNames = Object.keys(eventColumns);
const documentNames = Object.keys(documentColumns);
const attachmentNames = Object.keys(attachmentColumns);
const paymentNames = Object.keys(paymentColumns);
const ratingNames = Object.keys(ratingColumns);
const notificationNames = Object.keys(notificationColumns);

/**
 * Triggers that keep data derived from the rows, set aside during the load (row by row they
 * would cost more than the load itself). What they keep is written by the generator or
 * rebuilt once afterwards: the handler by `handlerOf`, whether a dossier is digitised by the
 * domain's `dossierDigitisation`, the search dictionary and the overview's counts by the
 * database functions the migrations made for that.
 */
const setAsideTriggers = [
  ['dossier_events', 'dossier_events_handler'],
  ['dossiers', 'dossiers_search_dictionary'],
  ['dossiers', 'dossiers_counts'],
  ['dossiers', 'dossiers_digitised'],
  ['dossier_documents', 'dossier_documents_digitised'],
  ['attachments', 'attachments_digitised'],
  ['dossier_ratings', 'dossier_ratings_counts'],
  ['dossier_events', 'dossier_events_officer_rating_counts'],
  ['dossiers', 'dossiers_officer_rating_counts'],
  ['fee_payments', 'fee_payments_counts'],
] as const;

/** What migration 003's trigger writes on the dossier: the handler of the last assignment. */
const handlerOf = (d: BuiltDossier) => d.events.findLast((e) => e.action === 'assign' || e.action === 'reassign')?.to_user_id ?? null;

const unnumbered = { code: '', portalSubmissionId: null, registerBook: null, registerNumber: null, resultNumber: null, searchText: '' };

/**
 * What is kept of a dossier until every one is built: what numbering and the search text
 * need, and its result's file (named by the result's number).
 */
interface Kept extends NumberingInput {
  applicant: Pick<DemoPerson, 'name' | 'idNumber' | 'phone'>;
  submitter: Pick<DemoPerson, 'name'> | null;
  resultFile: PendingResultFile | null;
}

/**
 * Fills a prepared database (schema, reference data) with the demo accounts and
 * `dossierCount` dossiers received over the year before `now`, with their checklists,
 * full event histories, fee payments, ratings, scans and result files, recent
 * notifications and the daily code counters. Each history is the demo's: built by
 * replaying its steps through the domain's state machine, calendar and control-slip rules
 * (`buildDossier`), with returning residents, digitised as the demo is (`Digitiser`).
 *
 * Streamed, so a million dossiers fit in memory and minutes: events and checklists go to
 * the database by COPY as each batch is built (the database works on one batch while the
 * next is built); the dossier rows wait in an unlogged table until all are built and
 * numbered, then go in in the order a live desk would have created them; so do the result
 * files (named by the result numbers), the payments and their events (receipt numbers).
 * Keys and indexes are set aside during the load and rebuilt once over each complete
 * table, on two connections, the foreign keys checked side by side (`setAsideConstraints`);
 * then VACUUM ANALYZE, as autovacuum would have done long since. Expects no dossiers yet: run it on an empty
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
  const [eventsTable, documentsTable, stagedTable, attachmentsTable, ratingsTable] = await Promise.all([
    loader.open('dossier_events', eventNames),
    loader.open('dossier_documents', documentNames),
    loader.open('scale_fill_dossiers', stagedColumns),
    loader.open('attachments', attachmentNames),
    loader.open('dossier_ratings', ratingNames),
  ]);

  const random = new Random(seed);
  const axis = makeWorkingAxis(context.calendar, now, AXIS_WORKING_DAYS);
  const plan = planStatuses(random, dossierCount, scaleStatusShares);
  const build = {
    axis,
    windowWorkingDays: WINDOW_WORKING_DAYS,
    onlineShare: onlineShareForFreeChannels(plan),
    load: new IntakeLoad(axis, WINDOW_WORKING_DAYS, plan.length),
    residents: new Residents(new Random(seed + 1)),
  };
  // Dossiers are digitised as they are built (the demo digitises them in the order they were
  // created, which a stream cannot): the desk's growing habit is measured from the start of
  // the receipts' window, and a scan is reused only by a dossier built after it.
  const digitiser = new Digitiser(new Random(seed + 2), context, axis.at(axis.nowMinutes - WINDOW_WORKING_DAYS * axis.dayMinutes));
  // As the demo: open dossiers first (their receipts are fixed by how long they have
  // waited), then the closed ones fill the days where intake is still thin.
  const ordered = [...plan.filter(isOpen), ...plan.filter((status) => !isOpen(status))];
  const kept: Kept[] = [];
  const notifiable: { index: number; dossier: Omit<NotifiableDossier, 'code'> }[] = [];
  const since = notificationsSince(context);
  // Payments wait for their receipt numbers (in payment order over all dossiers), and so do
  // their events, which record them.
  const payments: PaymentRow[] = [];
  const paymentEvents: EventRow[] = [];
  let events = 0;
  let documents = 0;
  let attachments = 0;
  let ratings = 0;
  let eventLines = '';
  let documentLines = '';
  let stagedLines = '';
  let attachmentLines = '';
  let ratingLines = '';
  // A paper's scan is the same PDF every time (`demoScanPdf`): its COPY text is made once.
  const contentCopies = new Map<string, CopyText>();
  const attachmentLine = (file: AttachmentRow) => {
    let content = contentCopies.get(file.content);
    if (!content) {
      if (contentCopies.size >= 5_000) contentCopies.clear();
      content = new CopyText(copyValue(file.content));
      contentCopies.set(file.content, content);
    }
    return copyLine(attachmentNames.map((c) => (c === 'content' ? content : file[c as keyof AttachmentRow])));
  };
  for (const [index, final] of ordered.entries()) {
    const d = buildDossier(random, context, final, build);
    const { files, result } = digitiser.digitise(d);
    const fileCounts = new Map<string, number>();
    for (const file of files) if (file.dossier_document_id) fileCounts.set(file.dossier_document_id, (fileCounts.get(file.dossier_document_id) ?? 0) + 1);
    const { digitised } = dossierDigitisation({
      documents: d.documents.map((document) => ({
        received: document.received,
        digitisation: documentDigitisation({ fileCount: fileCounts.get(document.id) ?? 0, reusedFromDocumentId: document.reused_from_document_id }),
      })),
      decided: d.state.decidedAt !== null,
      resultFileCount: result ? 1 : 0,
    });
    const row: Record<string, unknown> = { ...toDossierRow(context, { ...d, ...unnumbered }), handler_user_id: handlerOf(d), digitised };
    stagedLines += copyLine(stagedColumns.map((c) => row[c]));
    for (const event of d.events) {
      if (event.action === 'record_payment') paymentEvents.push(event);
      else eventLines += copyLine(eventNames.map((c) => event[c as keyof typeof event]));
    }
    for (const document of d.documents) documentLines += copyLine(documentNames.map((c) => document[c as keyof typeof document]));
    for (const file of files) attachmentLines += attachmentLine(file);
    if (d.rating) ratingLines += copyLine(ratingNames.map((c) => d.rating![c as keyof typeof d.rating]));
    payments.push(...d.payments);
    events += d.events.length;
    documents += d.documents.length;
    attachments += files.length + (result ? 1 : 0);
    ratings += d.rating ? 1 : 0;
    const { scenario, state, applicant, submitter } = d;
    kept.push({
      id: d.id,
      scenario: { channel: scenario.channel, procedure: scenario.procedure },
      state: { submittedAt: state.submittedAt, receivedAt: state.receivedAt, decidedAt: state.decidedAt, resultKind: state.resultKind },
      applicant: { name: applicant.name, idNumber: applicant.idNumber, phone: applicant.phone },
      submitter: submitter ? { name: submitter.name } : null,
      resultFile: result,
    });
    const messaged = d.events.filter((e) => notifiedActions.has(e.action) && e.at.getTime() >= since);
    if (messaged.length > 0) {
      notifiable.push({
        index,
        dossier: { id: d.id, events: messaged, state: { appointmentAt: state.appointmentAt }, applicant: { phone: applicant.phone, email: applicant.email }, scenario },
      });
    }
    if ((index + 1) % BATCH === 0 || index + 1 === ordered.length) {
      await Promise.all([
        eventsTable.write(eventLines),
        documentsTable.write(documentLines),
        stagedTable.write(stagedLines),
        attachmentsTable.write(attachmentLines),
        ratingsTable.write(ratingLines),
      ]);
      eventLines = documentLines = stagedLines = attachmentLines = ratingLines = '';
      onProgress?.({ phase: 'build', done: index + 1, total: ordered.length });
    }
  }
  await Promise.all([documentsTable.end(), stagedTable.end(), ratingsTable.end()]);
  const buildMs = performance.now() - buildStart;

  const numberStart = performance.now();
  // The payments first: with their events the last rows of the events are in, and the keys
  // and indexes of the finished tables are built while the dossiers are numbered.
  onProgress?.({ phase: 'number', done: 0, total: ordered.length, detail: 'payments and their events' });
  numberPayments(context, payments, paymentEvents);
  const paymentsTable = await loader.open('fee_payments', paymentNames);
  for (let start = 0; start < payments.length; start += ROWS) {
    const chunk = payments.slice(start, start + ROWS);
    await paymentsTable.write(chunk.map((payment) => copyLine(paymentNames.map((c) => payment[c as keyof typeof payment]))).join(''));
  }
  await paymentsTable.end();
  for (let start = 0; start < paymentEvents.length; start += ROWS) {
    const chunk = paymentEvents.slice(start, start + ROWS);
    await eventsTable.write(chunk.map((event) => copyLine(eventNames.map((c) => event[c as keyof typeof event]))).join(''));
  }
  await eventsTable.end();
  const indexStep = (statement: string) => onProgress?.({ phase: 'index', done: 0, total: 0, detail: statement });
  const earlyIndexes = constraints.restoreIndexesOf(db, ['dossier_events', 'dossier_documents', 'dossier_ratings', 'fee_payments'], indexStep);
  // Awaited before the other tables' keys.
  earlyIndexes.catch(() => {});
  onProgress?.({ phase: 'number', done: 0, total: ordered.length, detail: 'codes, registers and result numbers' });
  const { numbers, counters } = assignNumbers(context, kept);
  onProgress?.({ phase: 'number', done: 0, total: ordered.length, detail: 'numbers and search texts to the database' });
  const numbersTable = await loader.open('scale_fill_numbers', ['id', ...numberedColumns]);
  for (let start = 0; start < kept.length; start += ROWS) {
    let lines = '';
    for (let i = start; i < Math.min(start + ROWS, kept.length); i++) {
      const n = numbers[i]!;
      lines += copyLine([kept[i]!.id, n.code, n.portalSubmissionId, searchTextOf(n.code, kept[i]!), n.registerBook, n.registerNumber, n.resultNumber]);
    }
    await numbersTable.write(lines);
  }
  await numbersTable.end();
  // Rows in the order a live desk would have created them, so the table's physical order
  // (and the planner's correlation statistics) look like a real database's. The database
  // sorts them while the rest is numbered here.
  onProgress?.({ phase: 'number', done: 0, total: ordered.length, detail: 'dossier rows in creation order' });
  const dossierRows = db.transaction((tx) =>
    tx.exec(`SET LOCAL work_mem = '1GB';
      INSERT INTO dossiers (${[...stagedColumns, ...numberedColumns].join(', ')})
      SELECT ${stagedColumns.map((c) => `s.${c}`).join(', ')}, ${numberedColumns.map((c) => `n.${c}`).join(', ')}
      FROM scale_fill_dossiers s JOIN scale_fill_numbers n ON n.id = s.id ORDER BY s.created_at, s.id;
      DROP TABLE scale_fill_dossiers; DROP TABLE scale_fill_numbers;`),
  );
  // Awaited once the rest is numbered.
  dossierRows.catch(() => {});
  // The result files, named by the numbers.
  onProgress?.({ phase: 'number', done: 0, total: ordered.length, detail: 'result files' });
  for (let start = 0; start < kept.length; start += ROWS) {
    let lines = '';
    for (let i = start; i < Math.min(start + ROWS, kept.length); i++) {
      const pending = kept[i]!.resultFile;
      if (!pending) continue;
      const file = resultFile(pending, numbers[i]!);
      lines += copyLine(attachmentNames.map((c) => file[c as keyof typeof file]));
    }
    await attachmentsTable.write(lines);
  }
  await attachmentsTable.end();
  kept.length = 0;
  onProgress?.({ phase: 'number', done: 0, total: ordered.length, detail: 'notifications and counters' });
  const notifications = buildNotifications(
    new Random(seed + 1),
    context,
    notifiable.map(({ index, dossier }) => ({ ...dossier, code: numbers[index]!.code })),
  );
  const notificationsTable = await loader.open('notifications', notificationNames);
  await notificationsTable.write(notifications.map((n) => copyLine(notificationNames.map((c) => n[c as keyof typeof n]))).join(''));
  await notificationsTable.end();
  await db.transaction((tx) => insertRows(tx, 'dossier_code_counters', counterColumns, counters, { chunkSize: 1_000 }));
  await dossierRows;
  const numberMs = performance.now() - numberStart;

  const indexStart = performance.now();
  await earlyIndexes;
  for (const [table, trigger] of setAsideTriggers) await db.exec(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  await constraints.restore(db, {
    onStep: indexStep,
    // The search dictionary and the overview's counts, rebuilt from the rows the triggers let pass.
    alongsideChecks: ['SELECT refresh_search_dictionary()', 'SELECT refresh_dossier_counts()', 'SELECT refresh_officer_rating_counts()'],
  });
  const indexMs = performance.now() - indexStart;

  const vacuumStart = performance.now();
  onProgress?.({ phase: 'vacuum', done: 0, total: 0 });
  await db.exec('VACUUM ANALYZE');
  const vacuumMs = performance.now() - vacuumStart;
  return {
    dossiers: ordered.length, events, documents, attachments, payments: payments.length, ratings, notifications: notifications.length,
    buildMs, numberMs, indexMs, vacuumMs,
  };
}
