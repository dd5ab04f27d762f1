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

/**
 * Digitisation as a desk that has started doing it leaves the database: online submissions
 * arrive with their files from the portal; walk-in and postal papers are scanned at receipt
 * by the receiving officer, more often in recent weeks than three months ago, not always
 * every page; a returning applicant's paper already digitised in an earlier dossier is
 * reused instead of scanned again (the domain's `reuseProblem` and `rankReuseCandidates`
 * decide what may be reused); the handler attaches the signed result when submitting it.
 * Sets `reused_from_document_id` on the documents it reuses and returns the files, in the
 * order dossiers were created (a reused document's source always comes before it).
 */
export function digitiseDossiers(random: Random, context: DemoContext, dossiers: readonly NumberedDossier[]): AttachmentRow[] {
  const rows: AttachmentRow[] = [];
  const byPerson = new Map<string, Available[]>();
  const ordered = [...dossiers].sort((a, b) => createdAt(a).getTime() - createdAt(b).getTime());
  const first = ordered.length ? createdAt(ordered[0]!).getTime() : context.now.getTime();
  const span = Math.max(1, context.now.getTime() - first);
  const before = (at: number) => new Date(Math.min(at, context.now.getTime() - MINUTE_MS));

  for (const dossier of ordered) {
    const { state, scenario, applicant } = dossier;
    const online = scenario.channel === 'online';
    const intake = dossier.events.find((event) => event.action === 'receive' || event.action === 'submit_online');
    const scannedBy = online ? null : (intake?.actor_user_id ?? null);
    const scanAt = online ? state.submittedAt : state.receivedAt;
    // The desk digitises more of what it receives as the months go by.
    const recency = scanAt ? (scanAt.getTime() - first) / span : 0;
    const digitising = scanAt !== null && (online || random.chance(0.45 + 0.4 * recency));
    const scanned: Available[] = [];

    for (const document of dossier.documents) {
      if (!digitising || !scanAt || !document.received) continue;
      if (!online) {
        const earlier = (byPerson.get(applicant.idNumber) ?? []).filter((candidate) => candidate.at < scanAt);
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
      const at = before(scanAt.getTime() + random.int(1, 15) * MINUTE_MS);
      const content = demoScanPdf(document.name);
      for (let page = 1; page <= pages; page++) {
        rows.push({
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
    if (state.decidedAt && submitted && random.chance(online ? 0.92 : digitising ? 0.9 : 0.45)) {
      const name = `${scenario.procedure.name} - ${dossier.resultNumber ?? dossier.code}`;
      const content = demoScanPdf(name);
      rows.push({
        id: random.uuid(),
        dossier_id: dossier.id,
        dossier_document_id: null,
        event_id: submitted.id,
        kind: 'result',
        file_name: `ket-qua-${slug(dossier.resultNumber ?? dossier.code)}.pdf`,
        content_type: 'application/pdf',
        size_bytes: content.length,
        content: byteaHex(content),
        uploaded_by: submitted.actor_user_id,
        uploaded_at: before(submitted.at.getTime() - MINUTE_MS),
      });
    }
    if (scanned.length) byPerson.set(applicant.idNumber, [...(byPerson.get(applicant.idNumber) ?? []), ...scanned]);
  }
  return rows;
}
