import { isOpen } from '../../src/domain/dossier-status.ts';
import type { Queryable } from '../../src/server/db/db.ts';
import { buildDossier, type DocumentRow } from './build-dossier.ts';
import { attachmentColumns, counterColumns, documentColumns, dossierColumns, eventColumns, insertRows, notificationColumns, paymentColumns, ratingColumns } from './bulk-insert.ts';
import { digitiseDossiers, type AttachmentRow } from './digitise.ts';
import { Residents } from './people.ts';
import { toDossierRow } from './dossier-row.ts';
import { buildNotifications, numberDossiers, type CounterRow, type NotificationRow } from './finalize.ts';
import { IntakeLoad, makeWorkingAxis } from './placement.ts';
import { Random } from './random.ts';
import type { EventRow, PaymentRow, RatingRow } from './replay.ts';
import { onlineShareForFreeChannels, planStatuses } from './scenario.ts';
import type { DemoContext } from './types.ts';

/** Every generated row, ready to insert. */
export interface DemoDataset {
  dossiers: Record<string, unknown>[];
  documents: DocumentRow[];
  events: EventRow[];
  attachments: AttachmentRow[];
  payments: PaymentRow[];
  ratings: RatingRow[];
  notifications: NotificationRow[];
  counters: CounterRow[];
}

// Receipts spread over ~90 working days; the axis reaches further back so the oldest long
// histories (late permits, lapsed supplement deadlines) still fit.
const WINDOW_WORKING_DAYS = 90;
const AXIS_WORKING_DAYS = 200;

/** Builds the dossiers in memory: pure, and the same for the same context and seed. */
export function buildDemoDataset(context: DemoContext, options: { dossierCount: number; seed: number }): DemoDataset {
  const random = new Random(options.seed);
  const axis = makeWorkingAxis(context.calendar, context.now, AXIS_WORKING_DAYS);
  const plan = planStatuses(random, options.dossierCount);
  const build = {
    axis,
    windowWorkingDays: WINDOW_WORKING_DAYS,
    onlineShare: onlineShareForFreeChannels(plan),
    load: new IntakeLoad(axis, WINDOW_WORKING_DAYS, plan.length),
    residents: new Residents(new Random(options.seed + 1)),
  };
  // Open dossiers first: their receipts are fixed by how long they have waited, and the
  // closed ones then fill the days where intake is still thin.
  const ordered = [...plan.filter(isOpen), ...plan.filter((status) => !isOpen(status))];
  const built = ordered.map((final) => buildDossier(random, context, final, build));
  const { dossiers, counters } = numberDossiers(context, built);
  // Its own stream, so the dossiers themselves are the same with or without it.
  const attachments = digitiseDossiers(new Random(options.seed + 2), context, dossiers);
  const documents = dossiers.flatMap((d) => d.documents);
  return {
    dossiers: dossiers.map((d) => toDossierRow(context, d)),
    // A reused document's source goes in first (the foreign key is checked per statement).
    documents: [...documents.filter((d) => !d.reused_from_document_id), ...documents.filter((d) => d.reused_from_document_id)],
    events: dossiers.flatMap((d) => d.events),
    attachments,
    payments: dossiers.flatMap((d) => d.payments),
    ratings: dossiers.flatMap((d) => (d.rating ? [d.rating] : [])),
    notifications: buildNotifications(random, context, dossiers),
    counters,
  };
}

/** A few statements per table (hundreds of rows each), in the caller's transaction. */
export async function insertDemoDataset(tx: Queryable, dataset: DemoDataset): Promise<void> {
  await insertRows(tx, 'dossiers', dossierColumns, dataset.dossiers);
  await insertRows(tx, 'dossier_documents', documentColumns, dataset.documents);
  await insertRows(tx, 'dossier_events', eventColumns, dataset.events, { chunkSize: 1000 });
  await insertRows(tx, 'attachments', attachmentColumns, dataset.attachments, { chunkSize: 200 });
  await insertRows(tx, 'fee_payments', paymentColumns, dataset.payments);
  await insertRows(tx, 'dossier_ratings', ratingColumns, dataset.ratings);
  await insertRows(tx, 'notifications', notificationColumns, dataset.notifications);
  // Counters can outlive deleted dossiers; never move one backwards.
  await insertRows(tx, 'dossier_code_counters', counterColumns, dataset.counters, {
    onConflict: 'ON CONFLICT (unit_id, day) DO UPDATE SET last_number = GREATEST(dossier_code_counters.last_number, EXCLUDED.last_number)',
  });
}
