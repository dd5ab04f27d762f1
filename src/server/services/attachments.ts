import type { Queryable } from '../db/db.ts';
import { fieldError, HttpError } from '../http/errors.ts';
import { message } from '../../domain/messages.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The file's real type from its first bytes; the declared type and extension are not trusted. */
export function sniffContentType(bytes: Uint8Array): 'application/pdf' | 'image/jpeg' | 'image/png' | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return undefined;
}

const extensions = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
/** The types an attachment may have (checked from its bytes), and so the types its content is served as. */
export const attachmentContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const satisfies readonly (keyof typeof extensions)[];

/** Checks size and content, and returns a safe file name and the sniffed type, or throws 413/415. */
export function checkUpload(fileName: string, bytes: Uint8Array, field = 'file') {
  if (bytes.length === 0) throw new HttpError(400, 'empty_file', message('file_empty'), { [field]: message('file_empty') });
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    const tooLarge = message('file_too_large', { maxMegabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
    throw new HttpError(413, 'file_too_large', tooLarge, { [field]: tooLarge });
  }
  const contentType = sniffContentType(bytes);
  if (!contentType) {
    throw new HttpError(415, 'unsupported_file', message('file_type_unsupported'), { [field]: message('file_type_unsupported') });
  }
  // Keep the applicant's name but drop path parts and control characters; fix a wrong extension.
  const printable = [...(fileName.split(/[\\/]/).pop() ?? '')].filter((char) => char.charCodeAt(0) >= 0x20 && char !== '"').join('');
  const base = printable.trim().slice(0, 150) || 'tep-dinh-kem';
  const extension = extensions[contentType];
  const safeName = new RegExp(`\\.${extension === 'jpg' ? 'jpe?g' : extension}$`, 'i').test(base) ? base : `${base}.${extension}`;
  return { fileName: safeName, contentType };
}

export async function insertAttachment(
  tx: Queryable,
  file: {
    dossierId: string;
    dossierDocumentId: string | null;
    eventId?: string | null;
    kind: 'document' | 'supplement' | 'result';
    fileName: string;
    bytes: Uint8Array;
    uploadedBy: string | null;
    now: Date;
  },
): Promise<string> {
  const checked = checkUpload(file.fileName, file.bytes);
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO attachments (dossier_id, dossier_document_id, event_id, kind, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [file.dossierId, file.dossierDocumentId, file.eventId ?? null, file.kind, checked.fileName, checked.contentType, file.bytes.length, file.bytes, file.uploadedBy, file.now],
  );
  return row!.id;
}

export function decodeBase64(text: string, field: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    throw fieldError(field, message('file_content_invalid'));
  }
}
