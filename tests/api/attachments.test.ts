import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

let t: TestApi;
let desk: string;
let dossierId: string;
let documentId: string;

const pdfBytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
const pngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
  const [row] = await t.db.query<{ id: string; doc: string }>(
    `SELECT d.id, dd.id AS doc FROM dossiers d JOIN dossier_documents dd ON dd.dossier_id = d.id
     WHERE d.status = 'received' ORDER BY d.code LIMIT 1`,
  );
  dossierId = row!.id;
  documentId = row!.doc;
});
afterAll(async () => {
  await t.close();
});

function upload(bytes: Uint8Array, name: string, cookie = desk, documentItem?: string) {
  const form = new FormData();
  form.set('file', new File([bytes.slice()], name, { type: 'application/pdf' }));
  if (documentItem) form.set('dossierDocumentId', documentItem);
  return t.request(`/api/dossiers/${dossierId}/attachments`, { method: 'POST', cookie, body: form });
}

describe('attachments', () => {
  it('stores a scanned PDF against a checklist item and serves it back', async () => {
    const response = await upload(pdfBytes, 'Tờ khai.pdf', desk, documentId);
    expect(response.status).toBe(201);
    const attachment = await response.json();
    expect(attachment).toMatchObject({ fileName: 'Tờ khai.pdf', contentType: 'application/pdf', sizeBytes: pdfBytes.length, dossierDocumentId: documentId });
    const content = await t.request(`/api/attachments/${attachment.id}/content?download=1`, { cookie: desk });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('application/pdf');
    expect(content.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Tờ khai.pdf')}`);
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(pdfBytes);
    const dossier = await (await t.request(`/api/dossiers/${dossierId}`, { cookie: desk })).json();
    expect(dossier.attachments.map((a: { id: string }) => a.id)).toContain(attachment.id);
  });

  it('trusts the content, not the name: a PNG named .pdf is stored as PNG', async () => {
    const attachment = await (await upload(pngBytes, 'scan.pdf')).json();
    expect(attachment).toMatchObject({ contentType: 'image/png', fileName: 'scan.pdf.png' });
  });

  it('refuses other content with 415 and oversized files with 413', async () => {
    const text = await upload(new TextEncoder().encode('<script>alert(1)</script>'), 'virus.pdf');
    expect(text.status).toBe(415);
    expect((await text.json()).fields.file).toEqual({ code: 'file_type_unsupported', message: 'Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.' });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdfBytes);
    const tooLarge = await upload(big, 'lon.pdf');
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'file_too_large', params: { maxMegabytes: 10 }, message: 'Tệp vượt quá dung lượng cho phép (10 MB).' });
  });

  it('lets only the desk or the holder attach', async () => {
    const handler = await t.login('hotich');
    expect((await upload(pdfBytes, 'x.pdf', handler)).status).toBe(403);
  });

  it('rejects a checklist item of another dossier', async () => {
    const [other] = await t.db.query<{ id: string }>('SELECT id FROM dossier_documents WHERE dossier_id <> $1 LIMIT 1', [dossierId]);
    const response = await upload(pdfBytes, 'x.pdf', desk, other!.id);
    expect(response.status).toBe(400);
    expect((await response.json()).fields.dossierDocumentId).toBeTruthy();
  });
});

describe('request size limits', () => {
  it('accepts a 5 MB scan but not a 2 MB JSON body', async () => {
    const scan = new Uint8Array(5 * 1024 * 1024);
    scan.set(pdfBytes);
    expect((await upload(scan, 'ban-ve.pdf')).status).toBe(201);
    const huge = await t.request('/api/auth/login', { method: 'POST', json: { username: 'x'.repeat(2 * 1024 * 1024), password: 'x' } });
    expect(huge.status).toBe(413);
  });
});
