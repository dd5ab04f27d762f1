import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { uploadScan } from '../../../lib/scans.ts';

/**
 * After the dossier is saved, stores the scans chosen at the desk against its checklist
 * items (a dossier item is the procedure's item at the same position), one file after
 * another. Each upload is its own request: a failed one leaves the dossier received, and
 * its name is returned so the officer can attach it again from the dossier page (the
 * dossier waits in "Chưa số hóa" until then).
 */
export async function uploadChosenScans(
  dossier: DossierDetail,
  procedure: Procedure,
  scans: ReadonlyMap<string, readonly File[]>,
  onProgress: (done: number, total: number) => void,
): Promise<string[]> {
  const jobs = [...scans].flatMap(([procedureDocumentId, files]) => {
    const position = procedure.documents.find((item) => item.id === procedureDocumentId)?.position;
    const documentId = dossier.documents.find((document) => document.position === position)?.id;
    return files.map((file) => ({ file, documentId }));
  });
  const failed: string[] = [];
  let done = 0;
  onProgress(done, jobs.length);
  for (const { file, documentId } of jobs) {
    try {
      if (!documentId) throw new Error('No such checklist item in the saved dossier');
      await uploadScan({ dossierId: dossier.id, file, kind: 'document', dossierDocumentId: documentId });
    } catch {
      failed.push(file.name);
    }
    done += 1;
    onProgress(done, jobs.length);
  }
  return failed;
}
