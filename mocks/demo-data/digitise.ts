import { rankReuseCandidates, reuseProblem, type ReuseCandidate } from '../../src/domain/digitisation.ts';
import { foldText } from '../../src/domain/text.ts';
import type { NumberedDossier } from './finalize.ts';
import { byteaHex, demoScanPdf } from './demo-scan.ts';
import type { Random } from './random.ts';
import type { DemoContext } from './types.ts';

const MINUTE_MS = 60_000;

export interface AttachmentRow {
  id: string;
  dossier_id: string;
  dossier_document_id: string | null;
  event_id: string | null;
  kind: 'document' | 'result';
  file_name: string;
  content_type: 'application/pdf';
  size_bytes: number;
  /** bytea hex (`\x…`). */
  content: string;
  uploaded_by: string | null;
  uploaded_at: Date;
}

/** When the dossier came into being: its first event, or an earlier online/postal arrival (the insertion order). */
export function createdAt(d: NumberedDossier): Date {
  const first = d.events[0]!.at;
  return d.state.submittedAt && d.state.submittedAt < first ? d.state.submittedAt : first;
}

const slug = (name: string) =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'giay-to';

interface Available extends ReuseCandidate {
  /** When its scan was stored: only a later receipt can reuse it. */
  at: Date;
}

/** What the digitisation pass needs of a dossier (a `NumberedDossier` has it all). */
export interface DigitisableDossier {
  id: string;
  state: Pick<NumberedDossier['state'], 'submittedAt' | 'receivedAt' | 'decidedAt'>;
  scenario: { channel: NumberedDossier['scenario']['channel']; procedure: Pick<NumberedDossier['scenario']['procedure'], 'name'> };
  applicant: Pick<NumberedDossier['applicant'], 'idNumber'>;
  documents: NumberedDossier['documents'];
  events: readonly Pick<NumberedDossier['events'][number], 'id' | 'action' | 'actor_user_id' | 'at'>[];
}

/** The signed result's file, decided before the dossier is numbered; `resultFile` names it. */
export interface PendingResultFile {
  id: string;
  dossierId: string;
  eventId: string;
  uploadedBy: string | null;
  uploadedAt: Date;
  procedureName: string;
}

/**
 * Digitisation as a desk that has started doing it leaves the database: online submissions
 * arrive with their files from the portal; walk-in and postal papers are scanned at receipt
 * by the receiving officer, more often in recent weeks than at the start, not always every
 * page; a returning applicant's paper already digitised in an earlier dossier is reused
 * instead of scanned again (the domain's `reuseProblem` and `rankReuseCandidates` decide
 * what may be reused); the handler attaches the signed result when submitting it.
 *
 * Dossiers are given one at a time (`digitise`), best in the order they were created (only
 * a scan stored before a receipt can be reused by it). Sets `reused_from_document_id` on the
 * documents it reuses and returns the document files, and the result's file still to be named.
 */
export class Digitiser {
  readonly #random: Random;
  readonly #now: number;
  readonly #first: number;
  readonly #span: number;
  readonly #byPerson = new Map<string, Available[]>();

  /** `first`: when the oldest dossier came into being (the desk's digitising grows from there). */
  constructor(random: Random, context: DemoContext, first: Date) {
    this.#random = random;
    this.#now = context.now.getTime();
    this.#first = first.getTime();
    this.#span = Math.max(1, this.#now - this.#first);
  }

  #before(at: number): Date {
    return new Date(Math.min(at, this.#now - MINUTE_MS));
  }

  digitise(dossier: DigitisableDossier): { files: AttachmentRow[]; result: PendingResultFile | null } {
    const random = this.#random;
    const { state, scenario, applicant } = dossier;
    const online = scenario.channel === 'online';
    const intake = dossier.events.find((event) => event.action === 'receive' || event.action === 'submit_online');
    const scannedBy = online ? null : (intake?.actor_user_id ?? null);
    const scanAt = online ? state.submittedAt : state.receivedAt;
    // The desk digitises more of what it receives as the months go by.
    const recency = scanAt ? (scanAt.getTime() - this.#first) / this.#span : 0;
    const digitising = scanAt !== null && (online || random.chance(0.45 + 0.4 * recency));
    const scanned: Available[] = [];
    const files: AttachmentRow[] = [];

    for (const document of dossier.documents) {
      if (!digitising || !scanAt || !document.received) continue;
      if (!online) {
        const earlier = (this.#byPerson.get(applicant.idNumber) ?? []).filter((candidate) => candidate.at < scanAt);
        const [source] = rankReuseCandidates(earlier, document.name).sameKind;
        const target = { dossierId: dossier.id, idNumber: applicant.idNumber, received: document.received };
        if (source && !reuseProblem(source, target) && random.chance(0.85)) {
          document.reused_from_document_id = source.documentId;
          continue;
        }
        // Now and then a page is left for later: the dossier waits in "Chưa số hóa".
        if (!random.chance(0.93)) continue;
      }
      const pages = random.chance(0.75) ? 1 : random.int(2, 3);
      const at = this.#before(scanAt.getTime() + random.int(1, 15) * MINUTE_MS);
      const content = demoScanPdf(document.name);
      for (let page = 1; page <= pages; page++) {
        files.push({
          id: random.uuid(),
          dossier_id: dossier.id,
          dossier_document_id: document.id,
          event_id: online ? (intake?.id ?? null) : null,
          kind: 'document',
          file_name: pages === 1 ? `${slug(document.name)}.pdf` : `${slug(document.name)}-trang-${page}.pdf`,
          content_type: 'application/pdf',
          size_bytes: content.length,
          content: byteaHex(content),
          uploaded_by: scannedBy,
          uploaded_at: at,
        });
      }
      scanned.push({ documentId: document.id, dossierId: dossier.id, idNumber: applicant.idNumber, name: document.name, fileCount: pages, at });
    }

    // The signed result, attached by the handler with the draft submitted for approval.
    const submitted = dossier.events.findLast((event) => event.action === 'submit_result');
    let result: PendingResultFile | null = null;
    if (state.decidedAt && submitted && random.chance(online ? 0.92 : digitising ? 0.9 : 0.45)) {
      result = {
        id: random.uuid(),
        dossierId: dossier.id,
        eventId: submitted.id,
        uploadedBy: submitted.actor_user_id,
        uploadedAt: this.#before(submitted.at.getTime() - MINUTE_MS),
        procedureName: scenario.procedure.name,
      };
    }
    if (scanned.length) this.#byPerson.set(applicant.idNumber, [...(this.#byPerson.get(applicant.idNumber) ?? []), ...scanned]);
    return { files, result };
  }
}

/** The result's file, named by the dossier's result number (or its code). */
export function resultFile(pending: PendingResultFile, numbers: { code: string; resultNumber: string | null }): AttachmentRow {
  const number = numbers.resultNumber ?? numbers.code;
  const content = demoScanPdf(`${pending.procedureName} - ${number}`);
  return {
    id: pending.id,
    dossier_id: pending.dossierId,
    dossier_document_id: null,
    event_id: pending.eventId,
    kind: 'result',
    file_name: `ket-qua-${slug(number)}.pdf`,
    content_type: 'application/pdf',
    size_bytes: content.length,
    content: byteaHex(content),
    uploaded_by: pending.uploadedBy,
    uploaded_at: pending.uploadedAt,
  };
}

/**
 * The digitisation pass over every numbered dossier (`Digitiser`), in the order they were
 * created; returns the files in that order (a reused document's source always comes first).
 */
export function digitiseDossiers(random: Random, context: DemoContext, dossiers: readonly NumberedDossier[]): AttachmentRow[] {
  const ordered = [...dossiers].sort((a, b) => createdAt(a).getTime() - createdAt(b).getTime());
  const digitiser = new Digitiser(random, context, ordered.length ? createdAt(ordered[0]!) : context.now);
  const rows: AttachmentRow[] = [];
  for (const dossier of ordered) {
    const { files, result } = digitiser.digitise(dossier);
    rows.push(...files);
    if (result) rows.push(resultFile(result, dossier));
  }
  return rows;
}
