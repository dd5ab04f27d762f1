import { isOpen } from '../../src/domain/dossier-status.ts';
import type { Db } from '../../src/server/db/db.ts';
import { buildDossier, type BuiltDossier } from './build-dossier.ts';
import { attachmentColumns, counterColumns, documentColumns, dossierColumns, eventColumns, insertRows, notificationColumns, paymentColumns, ratingColumns } from './bulk-insert.ts';
import { createdAt, digitiseDossiers, type AttachmentRow } from './digitise.ts';
import { Residents } from './people.ts';
import { toDossierRow } from './dossier-row.ts';
import { buildNotifications, numberDossiers } from './finalize.ts';
import { loadDemoContext } from './load-context.ts';
import { IntakeLoad, makeWorkingAxis } from './placement.ts';
import { Random } from './random.ts';
import { onlineShareForFreeChannels, planStatuses, type StatusShares } from './scenario.ts';
import { demoStaffUsernames, ensureDemoUsers } from './seed-demo.ts';
import type { DemoContext } from './types.ts';

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

export interface ScaleOptions {
  now: Date;
  dossierCount: number;
  seed?: number;
  /** Dossiers per transaction; each commits on its own so memory and WAL stay bounded. */
  chunkSize?: number;
  onProgress?: (event: { phase: 'build' | 'insert' | 'finish'; done: number; total: number }) => void;
}

export interface ScaleResult {
  dossiers: number;
  events: number;
  documents: number;
  notifications: number;
  buildMs: number;
  insertMs: number;
  vacuumMs: number;
}

/** Builds every dossier in memory (codes and register numbers need them all), numbered. */
export function buildScaleDossiers(context: DemoContext, options: { dossierCount: number; seed: number; onBuilt?: (done: number) => void }) {
  const random = new Random(options.seed);
  const axis = makeWorkingAxis(context.calendar, context.now, AXIS_WORKING_DAYS);
  const plan = planStatuses(random, options.dossierCount, scaleStatusShares);
  const build = {
    axis,
    windowWorkingDays: WINDOW_WORKING_DAYS,
    onlineShare: onlineShareForFreeChannels(plan),
    load: new IntakeLoad(axis, WINDOW_WORKING_DAYS, plan.length),
    residents: new Residents(new Random(options.seed + 1)),
  };
  // As the demo: open dossiers first (their receipts are fixed by how long they have
  // waited), then the closed ones fill the days where intake is still thin.
  const ordered = [...plan.filter(isOpen), ...plan.filter((status) => !isOpen(status))];
  const built: BuiltDossier[] = [];
  for (const final of ordered) {
    built.push(buildDossier(random, context, final, build));
    if (built.length % 10_000 === 0) options.onBuilt?.(built.length);
  }
  const { dossiers, counters } = numberDossiers(context, built);
  const notifications = buildNotifications(random, context, dossiers);
  const attachments = digitiseDossiers(new Random(options.seed + 2), context, dossiers);
  // Rows go in in the order a live desk would have created them, so the table's physical
  // order (and the planner's correlation statistics) look like a real database's; a reused
  // document's source is in the same chunk or an earlier one.
  dossiers.sort((a, b) => createdAt(a).getTime() - createdAt(b).getTime());
  const filesByDossier = new Map<string, AttachmentRow[]>();
  for (const file of attachments) filesByDossier.set(file.dossier_id, [...(filesByDossier.get(file.dossier_id) ?? []), file]);
  return { dossiers, counters, notifications, filesByDossier };
}

/**
 * Fills a prepared database (schema, reference data) with the demo accounts and
 * `dossierCount` dossiers received over the year before `now`, with their checklists,
 * full event histories, recent notifications and the daily code counters. The same
 * machinery as the demo seed, so every history walks the state machine. Inserts in
 * chunks (one transaction each) with `jsonb_to_recordset`, then VACUUM ANALYZE.
 * Expects no dossiers yet: run it on an empty database made for benchmarks.
 */
export async function fillScaleData(db: Db, options: ScaleOptions): Promise<ScaleResult> {
  const { now, dossierCount, seed = 20_260_101, chunkSize = 2_000, onProgress } = options;
  await ensureDemoUsers(db);
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
  if (existing && existing.n > 0) throw new Error(`fillScaleData needs an empty database; it holds ${existing.n} dossiers`);

  const buildStart = performance.now();
  const context = await loadDemoContext(db, now, demoStaffUsernames);
  const { dossiers, counters, notifications, filesByDossier } = buildScaleDossiers(context, {
    dossierCount,
    seed,
    onBuilt: (done) => onProgress?.({ phase: 'build', done, total: dossierCount }),
  });
  const buildMs = performance.now() - buildStart;

  const insertStart = performance.now();
  let events = 0;
  let documents = 0;
  for (let start = 0; start < dossiers.length; start += chunkSize) {
    const chunk = dossiers.slice(start, start + chunkSize);
    const chunkEvents = chunk.flatMap((d) => d.events);
    const chunkDocuments = chunk.flatMap((d) => d.documents);
    const ordered = [...chunkDocuments.filter((d) => !d.reused_from_document_id), ...chunkDocuments.filter((d) => d.reused_from_document_id)];
    const chunkFiles = chunk.flatMap((d) => filesByDossier.get(d.id) ?? []);
    await db.transaction(async (tx) => {
      await insertRows(tx, 'dossiers', dossierColumns, chunk.map((d) => toDossierRow(context, d)), { chunkSize: 1_000 });
      await insertRows(tx, 'dossier_documents', documentColumns, ordered, { chunkSize: 2_000 });
      await insertRows(tx, 'dossier_events', eventColumns, chunkEvents, { chunkSize: 2_000 });
      await insertRows(tx, 'attachments', attachmentColumns, chunkFiles, { chunkSize: 500 });
      await insertRows(tx, 'fee_payments', paymentColumns, chunk.flatMap((d) => d.payments), { chunkSize: 2_000 });
      await insertRows(tx, 'dossier_ratings', ratingColumns, chunk.flatMap((d) => (d.rating ? [d.rating] : [])), { chunkSize: 2_000 });
    });
    events += chunkEvents.length;
    documents += chunkDocuments.length;
    onProgress?.({ phase: 'insert', done: Math.min(start + chunkSize, dossiers.length), total: dossiers.length });
  }
  await db.transaction(async (tx) => {
    await insertRows(tx, 'notifications', notificationColumns, notifications, { chunkSize: 1_000 });
    await insertRows(tx, 'dossier_code_counters', counterColumns, counters, {
      chunkSize: 1_000,
      onConflict: 'ON CONFLICT (unit_id, day) DO UPDATE SET last_number = GREATEST(dossier_code_counters.last_number, EXCLUDED.last_number)',
    });
  });
  const insertMs = performance.now() - insertStart;

  // The handler trigger updated most rows once; a real database would have been vacuumed
  // and analysed by autovacuum long since.
  const vacuumStart = performance.now();
  onProgress?.({ phase: 'finish', done: dossiers.length, total: dossiers.length });
  await db.exec('VACUUM ANALYZE');
  const vacuumMs = performance.now() - vacuumStart;
  return { dossiers: dossiers.length, events, documents, notifications: notifications.length, buildMs, insertMs, vacuumMs };
}
