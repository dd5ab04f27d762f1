import type { Db, Queryable } from '../db/db.ts';
import type { PublicDossier, PublicLookupRequest, PublicRatingRequest } from '../../domain/schemas/public-lookup.ts';
import type { DossierStatus } from '../../domain/dossier-status.ts';
import type { DossierAction } from '../../domain/dossier-lifecycle.ts';
import type { ReturnMethod } from '../../domain/channels.ts';
import { nationalStatusCode } from '../../domain/dossier-status.ts';
import { hiddenPublicSteps, lookupDigitsMatch, normalizeLookupCode, publicStatusTexts, publicStepTexts } from '../../domain/public-lookup.ts';
import { feeState, type FeeDue } from '../../domain/fees.ts';
import { message } from '../../domain/messages.ts';
import { conflict, HttpError } from '../http/errors.ts';
import { performActionInTransaction } from './actions/perform-action.ts';
import { rate } from './actions/fee-actions.ts';

interface LookupRow {
  id: string;
  code: string;
  status: DossierStatus;
  channel: PublicDossier['channel'];
  procedure_name: string;
  holder_unit_name: string;
  submitted_at: Date | null;
  received_at: Date | null;
  appointment_at: Date | null;
  decided_at: Date | null;
  returned_at: Date | null;
  result_kind: 'granted' | 'denied' | null;
  return_method: ReturnMethod;
  fee_amount: number;
  fee_paid_amount: number;
  fee_paid_at: Date | null;
  fee_due: FeeDue;
  version: number;
  applicant_phone: string | null;
  applicant_id_number: string | null;
  submitter_phone: string | null;
  submitter_id_number: string | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** One answer for a code that does not exist and for digits that do not match: nothing to tell them apart. */
const notFound = () => new HttpError(404, 'not_found', message('lookup_not_found'));

/** The dossier the code and digits open, or a 404. The numbers on file never leave this function. */
async function findDossier(db: Queryable, request: PublicLookupRequest): Promise<LookupRow> {
  const [row] = await db.query<LookupRow>(
    `SELECT d.id, d.code, d.status, d.channel, p.name AS procedure_name, hu.name AS holder_unit_name, d.submitted_at, d.received_at,
       d.appointment_at, d.decided_at, d.returned_at, d.result_kind, d.return_method, d.fee_amount, d.fee_paid_amount, d.fee_paid_at,
       p.fee_due, d.version, d.applicant_phone, d.applicant_id_number, d.submitter_phone, d.submitter_id_number
     FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN units hu ON hu.id = d.holder_unit_id
     WHERE d.code = $1`,
    [normalizeLookupCode(request.code)],
  );
  if (!row) throw notFound();
  const numbers = [row.applicant_phone, row.applicant_id_number, row.submitter_phone, row.submitter_id_number];
  if (!lookupDigitsMatch(request.digits, numbers)) throw notFound();
  return row;
}

/** The supplement the desk waits for: the last request's items, reason and deadline. */
async function pendingSupplement(db: Queryable, row: LookupRow): Promise<PublicDossier['supplement']> {
  const action = row.status === 'supplement_requested' ? 'request_supplement' : row.status === 'intake_completion_requested' ? 'request_completion' : null;
  if (!action) return null;
  const [event] = await db.query<{ details: Record<string, unknown>; deadline_at: Date | null }>(
    `SELECT e.details, d.supplement_deadline_at AS deadline_at FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
     WHERE e.dossier_id = $1 AND e.action = $2 ORDER BY e.seq DESC LIMIT 1`,
    [row.id, action],
  );
  if (!event) return null;
  const items = Array.isArray(event.details.items) ? event.details.items : [];
  return {
    reason: typeof event.details.reason === 'string' ? event.details.reason : '',
    items: items.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { name, note } = item as { name?: unknown; note?: unknown };
      return typeof name === 'string' ? [{ name, note: typeof note === 'string' ? note : '' }] : [];
    }),
    deadlineAt: iso(event.deadline_at),
  };
}

/** What the public may see of the dossier: units and dates, never a person, an ID number, a phone or an address. */
async function publicDossier(db: Queryable, row: LookupRow): Promise<PublicDossier> {
  const events = await db.query<{ at: Date; action: DossierAction; unit_name: string | null }>(
    `SELECT e.at, e.action, u.name AS unit_name FROM dossier_events e LEFT JOIN units u ON u.id = e.to_unit_id
     WHERE e.dossier_id = $1 ORDER BY e.seq`,
    [row.id],
  );
  const [centre] = await db.query<{ name: string; address: string; phone: string }>(
    "SELECT name, address, phone FROM units WHERE kind = 'centre' ORDER BY created_at LIMIT 1",
  );
  const [paidOnline] = await db.query<{ online: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM fee_payments WHERE dossier_id = $1 AND method = 'online') AS online",
    [row.id],
  );
  const [rating] = await db.query('SELECT 1 FROM dossier_ratings WHERE dossier_id = $1', [row.id]);
  return {
    code: row.code,
    procedureName: row.procedure_name,
    channel: row.channel,
    status: row.status,
    nationalStatusCode: nationalStatusCode[row.status],
    statusText: publicStatusTexts[row.status],
    holderUnitName: row.holder_unit_name,
    submittedAt: iso(row.submitted_at),
    receivedAt: iso(row.received_at),
    appointmentAt: iso(row.appointment_at),
    steps: events
      .filter((event) => !hiddenPublicSteps.has(event.action))
      .map((event) => ({ at: event.at.toISOString(), action: event.action, text: publicStepTexts[event.action], unitName: event.unit_name })),
    supplement: await pendingSupplement(db, row),
    result: {
      ready: row.decided_at !== null,
      kind: row.decided_at ? row.result_kind : null,
      returnMethod: row.return_method,
      returnedAt: iso(row.returned_at),
      place: { name: centre?.name ?? '', address: centre?.address ?? '', phone: centre?.phone ?? '' },
    },
    fee: {
      amount: row.fee_amount,
      paidAmount: row.fee_paid_amount,
      state: feeState(row.fee_amount, row.fee_paid_amount),
      due: row.fee_due,
      paidAt: iso(row.fee_paid_at),
      paidOnline: paidOnline?.online ?? false,
    },
    rating: { given: rating !== undefined, open: row.status === 'returned' && rating === undefined },
  };
}

/** POST /api/public/lookup: the dossier behind a receipt. */
export async function lookupDossier(db: Queryable, request: PublicLookupRequest): Promise<PublicDossier> {
  return publicDossier(db, await findDossier(db, request));
}

/**
 * POST /api/public/ratings: the applicant rates the service from the lookup page. The same
 * step as on the counter tablet, taken by the system on the applicant's word (code and digits).
 */
export async function rateFromLookup(db: Db, request: PublicRatingRequest, now: Date): Promise<PublicDossier> {
  await db.transaction(async (tx) => {
    const row = await findDossier(tx, request);
    if (row.status !== 'returned') throw conflict(message('rating_before_return'), 'invalid_transition');
    await performActionInTransaction(tx, {
      dossierId: row.id,
      handler: rate,
      version: row.version,
      body: { level: request.level, comment: request.comment },
      actor: null,
      now,
    });
  });
  return lookupDossier(db, request);
}
