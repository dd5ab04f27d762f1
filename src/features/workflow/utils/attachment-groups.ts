import type { DossierStatus } from '../../../domain/dossier-status.ts';
import type { DossierAttachment, DossierDetail, DossierDocument } from '../../../domain/schemas/dossier.ts';

export interface AttachmentGroup {
  /** Stable key: the checklist item's id, or the kind for files of no item. */
  key: string;
  /** A checklist item (thành phần hồ sơ), or a group of files that belong to none. */
  item: { id: string; position: number; name: string } | null;
  /** The checklist item itself (received, digitisation, reuse), for item groups. */
  document: DossierDocument | null;
  /** `supplement` / `result` / `document` (scans of no particular item). */
  kind: DossierAttachment['kind'];
  files: DossierAttachment[];
  /** Whether to show the group when it has no file yet (a place to upload into). */
  showWhenEmpty: boolean;
}

const resultStatuses: ReadonlySet<DossierStatus> = new Set<DossierStatus>(['processing', 'awaiting_approval', 'result_ready', 'returned']);

/**
 * Files grouped as an officer looks for them: by checklist item first (a supplement scan of
 * an item sits with that item), then supplements and the result, then anything else. The
 * kind of a new upload follows the dossier's state: while a supplement is awaited, what
 * arrives is the supplement.
 */
export function attachmentGroups(dossier: Pick<DossierDetail, 'documents' | 'attachments' | 'status' | 'supplementCount'>): AttachmentGroup[] {
  const uploadKind: DossierAttachment['kind'] = dossier.status === 'supplement_requested' ? 'supplement' : 'document';
  const items = [...dossier.documents].sort((a, b) => a.position - b.position);
  const itemIds = new Set(items.map((item) => item.id));
  const ofItem = (id: string) => dossier.attachments.filter((file) => file.dossierDocumentId === id);
  const loose = (kind: DossierAttachment['kind']) =>
    dossier.attachments.filter((file) => file.kind === kind && !(file.dossierDocumentId && itemIds.has(file.dossierDocumentId)));
  return [
    ...items.map((item, index) => ({
      key: item.id,
      item: { id: item.id, position: index + 1, name: item.name },
      document: item,
      kind: uploadKind,
      files: ofItem(item.id),
      showWhenEmpty: true,
    })),
    { key: 'supplement', item: null, document: null, kind: 'supplement', files: loose('supplement'), showWhenEmpty: dossier.status === 'supplement_requested' || dossier.supplementCount > 0 },
    { key: 'result', item: null, document: null, kind: 'result', files: loose('result'), showWhenEmpty: resultStatuses.has(dossier.status) },
    { key: 'document', item: null, document: null, kind: 'document', files: loose('document'), showWhenEmpty: true },
  ];
}
