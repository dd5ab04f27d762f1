import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import type { Procedure } from '../../src/domain/schemas/catalogue.ts';
import type { ReusableDocument } from '../../src/domain/schemas/person.ts';
import { digitisableStatuses } from '../../src/domain/queues.ts';
import { documentDigitisation, dossierDigitisation } from '../../src/domain/digitisation.ts';

let t: TestApi;
let desk: string;
let procedures: Procedure[];
const steps = dossierSteps(() => t);

// Made-up residents: one who comes back, one who does not.
const returning = { name: 'Hoàng Thị Thu Trang', idNumber: '010195031742', dateOfBirth: '1995-06-17', gender: 'female', phone: '0912400117', address: 'Thôn Tân Lập, xã Hoàng An' };
const other = { name: 'Lò Văn Sáng', idNumber: '010088020415', phone: '0987110223', address: 'Thôn Cốc Sâm, xã Hoàng An' };

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function procedure(code: string): Procedure {
  return procedures.find((p) => p.code === code)!;
}

async function receive(code: string, applicant: object, documents?: (p: Procedure) => object[]): Promise<Response> {
  const p = procedure(code);
  return t.request('/api/dossiers', {
    method: 'POST',
    cookie: desk,
    json: {
      procedureId: p.id,
      channel: 'walk_in',
      applicant,
      documents: documents?.(p) ?? p.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
      returnMethod: 'desk',
    },
  });
}

async function received(code: string, applicant: object, documents?: (p: Procedure) => object[]): Promise<DossierDetail> {
  const response = await receive(code, applicant, documents);
  if (response.status !== 201) throw new Error(`receive: ${response.status} ${await response.text()}`);
  return response.json();
}

function scan(dossierId: string, documentId: string | null, bytes: Uint8Array, name: string, cookie = desk, kind = 'document') {
  const form = new FormData();
  form.set('file', new File([bytes.slice()], name));
  form.set('kind', kind);
  if (documentId) form.set('dossierDocumentId', documentId);
  return t.request(`/api/dossiers/${dossierId}/attachments`, { method: 'POST', cookie, body: form });
}

async function detail(id: string, cookie = desk): Promise<DossierDetail> {
  return (await t.request(`/api/dossiers/${id}`, { cookie })).json();
}

function reuse(dossier: DossierDetail, documentId: string, sourceDocumentId: string | null, options: { version?: number; cookie?: string } = {}) {
  const item = dossier.documents.find((d) => d.id === documentId)!;
  return t.request(`/api/dossiers/${dossier.id}/documents/${documentId}/reuse`, {
    method: 'PUT',
    cookie: options.cookie ?? desk,
    json: { version: options.version ?? item.version, sourceDocumentId },
  });
}

async function inQueue(code: string, cookie = desk): Promise<boolean> {
  const list = await (await t.request(`/api/dossiers?queue=not_digitised&q=${encodeURIComponent(code)}`, { cookie })).json();
  return list.total === 1;
}

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
  procedures = await (await t.request('/api/procedures', { cookie: desk })).json();
});
afterAll(async () => {
  await t.close();
});

describe('digitising a dossier’s papers', () => {
  let birth: DossierDetail;

  it('is not digitised until every received paper has a file; it waits in "Chưa số hóa" meanwhile', async () => {
    // Birth registration (1.001193): a declaration and the hospital's birth certificate.
    birth = await received('1.001193', returning);
    expect(birth.applicant).toMatchObject({ dateOfBirth: '1995-06-17', gender: 'female' });
    expect(birth.digitisation).toEqual({ digitised: false, documentsReceived: 2, documentsDigitised: 0, resultDigitised: null });
    expect(birth.documents.map((d) => d.digitisation)).toEqual(['none', 'none']);
    expect(await inQueue(birth.code)).toBe(true);

    const [declaration, certificate] = birth.documents;
    expect((await scan(birth.id, declaration!.id, pdf, 'to-khai.pdf')).status).toBe(201);
    let now = await detail(birth.id);
    expect(now.documents.map((d) => d.digitisation)).toEqual(['scanned', 'none']);
    expect(now.digitisation).toMatchObject({ digitised: false, documentsDigitised: 1 });
    expect(await inQueue(birth.code)).toBe(true);

    // Several pages: two images of the certificate.
    expect((await scan(birth.id, certificate!.id, png, 'giay-chung-sinh-trang-1.png')).status).toBe(201);
    expect((await scan(birth.id, certificate!.id, png, 'giay-chung-sinh-trang-2.png')).status).toBe(201);
    now = await detail(birth.id);
    expect(now.attachments.filter((a) => a.dossierDocumentId === certificate!.id)).toHaveLength(2);
    expect(now.digitisation).toEqual({ digitised: true, documentsReceived: 2, documentsDigitised: 2, resultDigitised: null });
    expect(await inQueue(birth.code)).toBe(false);
    birth = now;
  });

  it('lists the person’s scanned papers for reuse, and only theirs', async () => {
    const documents: ReusableDocument[] = await (await t.request(`/api/people/${returning.idNumber}/documents`, { cookie: desk })).json();
    expect(documents.map((d) => [d.dossierCode, d.name, d.files.length])).toEqual([
      [birth.code, 'Tờ khai đăng ký khai sinh', 1],
      [birth.code, 'Giấy chứng sinh hoặc văn bản của người làm chứng', 2],
    ]);
    const excluded = await (await t.request(`/api/people/${returning.idNumber}/documents?excludeDossierId=${birth.id}`, { cookie: desk })).json();
    expect(excluded).toEqual([]);
    expect(await (await t.request(`/api/people/${other.idNumber}/documents`, { cookie: desk })).json()).toEqual([]);
  });

  describe('reusing an earlier scan instead of scanning again', () => {
    let linked: DossierDetail;
    let declarationId: string;

    beforeAll(async () => {
      // The linked birth–residence–insurance procedure (1.001023) asks for the same birth declaration.
      linked = await received('1.001023', returning);
      declarationId = linked.documents.find((d) => d.name === 'Tờ khai đăng ký khai sinh')!.id;
    });

    it('marks the paper reused: digitised, with the earlier dossier and its files', async () => {
      const response = await reuse(linked, declarationId, birth.documents[0]!.id);
      expect(response.status).toBe(200);
      const after: DossierDetail = await response.json();
      const item = after.documents.find((d) => d.id === declarationId)!;
      expect(item).toMatchObject({ digitisation: 'reused', version: 2 });
      expect(item.reusedFrom).toMatchObject({ dossierId: birth.id, dossierCode: birth.code, name: 'Tờ khai đăng ký khai sinh' });
      expect(item.reusedFrom!.files.map((f) => f.fileName)).toEqual(['to-khai.pdf']);
      expect(after.digitisation).toMatchObject({ documentsReceived: 3, documentsDigitised: 1, digitised: false });
      linked = after;
    });

    it('refuses a stale version with 409, and changes nothing', async () => {
      const response = await reuse(linked, declarationId, null, { version: 1 });
      expect(response.status).toBe(409);
      expect((await response.json()).error).toBe('stale_version');
      expect((await detail(linked.id)).documents.find((d) => d.id === declarationId)!.digitisation).toBe('reused');
    });

    it('refuses another person’s paper, an unscanned one and one of the same dossier, naming the field', async () => {
      const stranger = await received('1.001193', other);
      expect((await scan(stranger.id, stranger.documents[0]!.id, pdf, 'to-khai.pdf')).status).toBe(201);
      const unscanned = linked.documents.find((d) => d.digitisation === 'none')!;
      const cases: [string, string][] = [
        [stranger.documents[0]!.id, 'reuse_other_person'],
        [stranger.documents[1]!.id, 'reuse_other_person'],
        [unscanned.id, 'reuse_same_dossier'],
        ['00000000-0000-4000-8000-000000000000', 'reuse_source_not_found'],
      ];
      const target = linked.documents.find((d) => d.digitisation === 'none' && d.id !== unscanned.id)!;
      for (const [source, code] of cases) {
        const response = await reuse(linked, target.id, source);
        expect(response.status, code).toBe(400);
        expect((await response.json()).fields.sourceDocumentId.code).toBe(code);
      }
      // The same person's paper of another dossier, but never scanned: nothing to reuse.
      const response = await reuse(birth, birth.documents[0]!.id, unscanned.id);
      expect((await response.json()).fields.sourceDocumentId.code).toBe('reuse_source_not_digitised');
    });

    it('lets only the desk or the holder mark a paper reused (403 for a handler who does not hold it)', async () => {
      const handler = await t.login('hotich');
      const response = await reuse(linked, declarationId, null, { cookie: handler });
      expect(response.status).toBe(403);
    });

    it('stops reusing when asked (null), then reuses again at intake for the next dossier', async () => {
      const stopped: DossierDetail = await (await reuse(linked, declarationId, null)).json();
      expect(stopped.documents.find((d) => d.id === declarationId)).toMatchObject({ digitisation: 'none', reusedFrom: null, version: 3 });

      // At the desk: the declaration of a new linked dossier is reused as the form is saved.
      // The person already has this procedure open: the officer saw it and went on.
      const duplicates = await (await t.request(`/api/intake/duplicates?procedureId=${procedure('1.001023').id}&idNumber=${returning.idNumber}`, { cookie: desk })).json();
      expect(duplicates.map((d: { code: string }) => d.code)).toEqual([linked.code]);
      const p = procedure('1.001023');
      const response = await t.request('/api/dossiers', {
        method: 'POST',
        cookie: desk,
        json: {
          procedureId: p.id,
          channel: 'walk_in',
          applicant: returning,
          documents: p.documents.map((d) => ({
            procedureDocumentId: d.id,
            received: true,
            form: d.defaultForm,
            count: 1,
            ...(d.name === 'Tờ khai đăng ký khai sinh' ? { reusedFromDocumentId: birth.documents[0]!.id } : {}),
          })),
          returnMethod: 'desk',
          acknowledgedDuplicateIds: [linked.id],
        },
      });
      expect(response.status).toBe(201);
      const fresh: DossierDetail = await response.json();
      expect(fresh.documents.map((d) => d.digitisation)).toEqual(['reused', 'none', 'none']);
    });

    it('refuses at intake a reuse of someone else’s paper, naming the row, and writes nothing', async () => {
      const [before] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
      const stranger = (await t.db.query<{ id: string }>(
        `SELECT dd.id FROM dossier_documents dd JOIN dossiers d ON d.id = dd.dossier_id
         WHERE d.applicant_id_number = $1 AND EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_document_id = dd.id)`,
        [other.idNumber],
      ))[0]!;
      const response = await receive('1.001193', { ...returning, idNumber: '010195031743' }, (p) =>
        p.documents.map((d, index) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1, ...(index === 0 ? { reusedFromDocumentId: stranger.id } : {}) })),
      );
      expect(response.status).toBe(400);
      expect((await response.json()).fields['documents.0.reusedFromDocumentId'].code).toBe('reuse_other_person');
      const [after] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
      expect(after!.n).toBe(before!.n);
    });
  });
});

describe('the result', () => {
  it('is digitised when the handler submits it with the signed file; without one the decided dossier is not', async () => {
    const withFile = await steps.receiveWalkIn();
    const withoutFile = await steps.receiveWalkIn();
    for (const dossier of [withFile, withoutFile]) {
      for (const item of dossier.documents.filter((d) => d.received)) expect((await scan(dossier.id, item.id, pdf, 'scan.pdf')).status).toBe(201);
    }
    const decide = async (dossier: DossierDetail, file: boolean) => {
      let now = await detail(dossier.id);
      now = await steps.ok('motcua1', now, 'hand_over');
      const head = (await t.db.query<{ username: string }>("SELECT p.username FROM users p WHERE p.role = 'department_head' AND p.unit_id = $1", [now.decidingUnit.id]))[0]!;
      const handler = (await t.db.query<{ id: string; username: string }>("SELECT id, username FROM users WHERE role = 'handler' AND unit_id = $1", [now.decidingUnit.id]))[0]!;
      now = await steps.ok(head.username, now, 'assign', { handlerId: handler.id });
      if (file) {
        const uploaded = await scan(now.id, null, pdf, 'quyet-dinh.pdf', await t.login(handler.username), 'result');
        if (uploaded.status !== 201) throw new Error(`result file: ${uploaded.status}`);
      }
      now = await steps.ok(handler.username, now, 'submit_result', { kind: 'granted', number: '12/GXN', summary: 'Xác nhận tình trạng hôn nhân' });
      return steps.ok('chutich', now, 'approve');
    };
    const filed = await decide(withFile, true);
    expect(filed.digitisation).toMatchObject({ digitised: true, resultDigitised: true });
    const unfiled = await decide(withoutFile, false);
    expect(unfiled.digitisation).toMatchObject({ digitised: false, resultDigitised: false, documentsDigitised: unfiled.digitisation.documentsReceived });
    // At the desk, waiting to be returned: still in "Chưa số hóa" until the desk files the result.
    expect(await inQueue(unfiled.code)).toBe(true);
    expect((await scan(unfiled.id, null, pdf, 'quyet-dinh.pdf', desk, 'result')).status).toBe(201);
    expect(await inQueue(unfiled.code)).toBe(false);
  });
});

describe('the "Chưa số hóa" queue', () => {
  it('is the desk’s: received, still open, and not digitised by the domain rule', async () => {
    const counts: { queue: string; count: number }[] = await (await t.request('/api/queues', { cookie: desk })).json();
    const count = counts.find((c) => c.queue === 'not_digitised')!.count;
    const handlerQueues: { queue: string }[] = await (await t.request('/api/queues', { cookie: await t.login('hotich') })).json();
    expect(handlerQueues.map((c) => c.queue)).not.toContain('not_digitised');

    // Worked out again from the rows with the domain's function.
    const documents = await t.db.query<{ dossier_id: string; received: boolean; files: number; reused: string | null }>(
      `SELECT dd.dossier_id, dd.received, (SELECT count(*)::int FROM attachments a WHERE a.dossier_document_id = dd.id) AS files,
         dd.reused_from_document_id AS reused FROM dossier_documents dd`,
    );
    const open = await t.db.query<{ id: string; decided: boolean; results: number }>(
      `SELECT d.id, d.decided_at IS NOT NULL AS decided, (SELECT count(*)::int FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'result') AS results
       FROM dossiers d WHERE d.status = ANY($1::text[])`,
      [[...digitisableStatuses]],
    );
    const expected = open.filter(
      (d) =>
        !dossierDigitisation({
          documents: documents
            .filter((doc) => doc.dossier_id === d.id)
            .map((doc) => ({ received: doc.received, digitisation: documentDigitisation({ fileCount: doc.files, reusedFromDocumentId: doc.reused }) })),
          decided: d.decided,
          resultFileCount: d.results,
        }).digitised,
    );
    expect(count).toBe(expected.length);
    expect(count).toBeGreaterThan(10);
    const page = await (await t.request('/api/dossiers?queue=not_digitised&pageSize=100', { cookie: desk })).json();
    expect(page.total).toBe(count);
    expect(page.items.every((item: { status: string }) => (digitisableStatuses as readonly string[]).includes(item.status))).toBe(true);
  });
});
