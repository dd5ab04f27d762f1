import type { Db, Queryable } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import type { DossierDetail, ReusedDocumentRef } from '../../domain/schemas/dossier.ts';
import type { ReusableDocument } from '../../domain/schemas/person.ts';
import type { DossierStatus } from '../../domain/dossier-status.ts';
import { documentDigitisation, reuseProblem, type ReuseCandidate } from '../../domain/digitisation.ts';
import { mayDigitise } from '../../domain/permissions.ts';
import { message } from '../../domain/messages.ts';
import { fieldError, forbidden, notFound, staleVersion } from '../http/errors.ts';

type FileRef = ReusedDocumentRef['files'][number];

interface FileRow {
  id: string;
  dossier_document_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
}

const toFile = (row: FileRow): FileRef => ({ id: row.id, fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes });

async function filesOf(db: Queryable, documentIds: readonly string[]): Promise<Map<string, FileRef[]>> {
  const files = new Map<string, FileRef[]>();
  if (documentIds.length === 0) return files;
  const rows = await db.query<FileRow>(
    `SELECT id, dossier_document_id, file_name, content_type, size_bytes FROM attachments
     WHERE dossier_document_id = ANY($1::uuid[]) ORDER BY uploaded_at, file_name`,
    [[...documentIds]],
  );
  for (const row of rows) files.set(row.dossier_document_id, [...(files.get(row.dossier_document_id) ?? []), toFile(row)]);
  return files;
}

/** A dossier's checklist with each item's digitisation, for the dossier page. */
export async function loadChecklist(db: Queryable, dossierId: string, attachments: readonly { dossierDocumentId: string | null }[]): Promise<DossierDetail['documents']> {
  const rows = await db.query<{
    id: string;
    position: number;
    name: string;
    received: boolean;
    form: DossierDetail['documents'][number]['form'];
    count: number;
    version: number;
    reused_from_document_id: string | null;
    source_dossier_id: string | null;
    source_code: string | null;
    source_name: string | null;
  }>(
    `SELECT dd.id, dd.position, dd.name, dd.received, dd.form, dd.count, dd.version, dd.reused_from_document_id,
       src.dossier_id AS source_dossier_id, sd.code AS source_code, src.name AS source_name
     FROM dossier_documents dd
     LEFT JOIN dossier_documents src ON src.id = dd.reused_from_document_id
     LEFT JOIN dossiers sd ON sd.id = src.dossier_id
     WHERE dd.dossier_id = $1 ORDER BY dd.position`,
    [dossierId],
  );
  const sourceFiles = await filesOf(db, rows.flatMap((row) => (row.reused_from_document_id ? [row.reused_from_document_id] : [])));
  return rows.map((row) => {
    const fileCount = attachments.filter((file) => file.dossierDocumentId === row.id).length;
    return {
      id: row.id,
      position: row.position,
      name: row.name,
      received: row.received,
      form: row.form,
      count: row.count,
      version: row.version,
      digitisation: documentDigitisation({ fileCount, reusedFromDocumentId: row.reused_from_document_id }),
      reusedFrom:
        row.reused_from_document_id && row.source_dossier_id && row.source_code && row.source_name !== null
          ? {
              documentId: row.reused_from_document_id,
              dossierId: row.source_dossier_id,
              dossierCode: row.source_code,
              name: row.source_name,
              files: sourceFiles.get(row.reused_from_document_id) ?? [],
            }
          : null,
    };
  });
}

/** One document as a reuse source: whose it is and whether it has scans of its own. */
export async function findReuseCandidate(db: Queryable, documentId: string): Promise<ReuseCandidate | undefined> {
  const [row] = await db.query<{ id: string; dossier_id: string; id_number: string | null; name: string; file_count: number }>(
    `SELECT dd.id, dd.dossier_id, d.applicant_id_number AS id_number, dd.name,
       (SELECT count(*)::int FROM attachments a WHERE a.dossier_document_id = dd.id) AS file_count
     FROM dossier_documents dd JOIN dossiers d ON d.id = dd.dossier_id WHERE dd.id = $1`,
    [documentId],
  );
  return row ? { documentId: row.id, dossierId: row.dossier_id, idNumber: row.id_number, name: row.name, fileCount: row.file_count } : undefined;
}

/**
 * The person's scanned documents a new dossier may reuse: every checklist item with files
 * of a dossier whose applicant has this ID number, newest first (reused items are not
 * offered again: their original is).
 */
export async function listReusableDocuments(db: Queryable, idNumber: string, excludeDossierId?: string): Promise<ReusableDocument[]> {
  const rows = await db.query<{ id: string; dossier_id: string; code: string; procedure_name: string; name: string; received_at: Date | null }>(
    `SELECT dd.id, dd.dossier_id, d.code, p.name AS procedure_name, dd.name, d.received_at
     FROM dossiers d
     JOIN procedures p ON p.id = d.procedure_id
     JOIN dossier_documents dd ON dd.dossier_id = d.id
     WHERE d.applicant_id_number = $1 AND ($2::uuid IS NULL OR d.id <> $2::uuid)
       AND EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_document_id = dd.id)
     ORDER BY coalesce(d.received_at, d.submitted_at) DESC NULLS LAST, d.code DESC, dd.position
     LIMIT 200`,
    [idNumber, excludeDossierId ?? null],
  );
  const files = await filesOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    documentId: row.id,
    dossierId: row.dossier_id,
    dossierCode: row.code,
    procedureName: row.procedure_name,
    name: row.name,
    receivedAt: row.received_at ? row.received_at.toISOString() : null,
    files: files.get(row.id) ?? [],
  }));
}

/**
 * Marks a checklist item of an open dossier as reusing the same person's scanned document
 * of an earlier dossier, or stops reusing (null). One transaction: the item is locked, its
 * version checked, the rule (`reuseProblem`) and the right to digitise (`mayDigitise`)
 * checked, then the item written with a new version.
 */
export async function setDocumentReuse(
  db: Db,
  request: { dossierId: string; documentId: string; version: number; sourceDocumentId: string | null },
  user: CurrentUser,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [item] = await tx.query<{ version: number; received: boolean; status: DossierStatus; holder_user_id: string | null; id_number: string | null }>(
      `SELECT dd.version, dd.received, d.status, d.holder_user_id, d.applicant_id_number AS id_number
       FROM dossier_documents dd JOIN dossiers d ON d.id = dd.dossier_id
       WHERE dd.id = $1 AND dd.dossier_id = $2 FOR UPDATE OF dd`,
      [request.documentId, request.dossierId],
    );
    if (!item) throw notFound(message('document_not_in_dossier'));
    if (!mayDigitise({ status: item.status, holderUserId: item.holder_user_id }, user)) throw forbidden(message('attachment_forbidden'));
    if (item.version !== request.version) throw staleVersion();
    if (request.sourceDocumentId) {
      const source = await findReuseCandidate(tx, request.sourceDocumentId);
      const problem = reuseProblem(source, { dossierId: request.dossierId, idNumber: item.id_number, received: item.received });
      if (problem) throw fieldError('sourceDocumentId', problem);
    }
    await tx.query('UPDATE dossier_documents SET reused_from_document_id = $2, version = version + 1 WHERE id = $1', [
      request.documentId,
      request.sourceDocumentId,
    ]);
  });
}
