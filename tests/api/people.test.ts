import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { Procedure } from '../../src/domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import type { DuplicateDossier, Person } from '../../src/domain/schemas/person.ts';
import { isOpen } from '../../src/domain/dossier-status.ts';

let t: TestApi;
let desk: string;
let procedures: Procedure[];

// Made-up people.
const mai = { name: 'Đặng Thị Tuyết Mai', idNumber: '010196012811', dateOfBirth: '1996-02-09', gender: 'female', phone: '0356120988', address: 'Thôn Phú Hà, xã Hoàng An' };
const noId = { name: 'Giàng A Páo', dateOfBirth: '1961-10-01', gender: 'male', address: 'Thôn Khe Lếch, xã Hoàng An' };

const byCode = (code: string) => procedures.find((p) => p.code === code)!;

function body(code: string, applicant: object, extra: Record<string, unknown> = {}) {
  const p = byCode(code);
  return {
    procedureId: p.id,
    channel: 'walk_in',
    applicant,
    documents: p.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
    returnMethod: 'desk',
    ...extra,
  };
}

async function receive(code: string, applicant: object, extra: Record<string, unknown> = {}) {
  return t.request('/api/dossiers', { method: 'POST', cookie: desk, json: body(code, applicant, extra) });
}

async function duplicates(query: string, cookie = desk): Promise<Response> {
  return t.request(`/api/intake/duplicates?${query}`, { cookie });
}

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
  procedures = await (await t.request('/api/procedures', { cookie: desk })).json();
});
afterAll(async () => {
  await t.close();
});

describe('the duplicate warning at intake', () => {
  let first: DossierDetail;

  it('finds the open dossier of the same ID number and procedure, and nothing for another procedure', async () => {
    first = await (await receive('1.004873', mai)).json();
    const found: DuplicateDossier[] = await (await duplicates(`procedureId=${byCode('1.004873').id}&idNumber=${mai.idNumber}`)).json();
    expect(found).toEqual([expect.objectContaining({ id: first.id, code: first.code, status: 'received', applicantName: mai.name, matchedBy: 'id_number' })]);
    expect(await (await duplicates(`procedureId=${byCode('1.004859').id}&idNumber=${mai.idNumber}`)).json()).toEqual([]);
  });

  it('refuses to receive it again unseen (409 naming the open dossier), and writes nothing', async () => {
    const [before] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
    const response = await receive('1.004873', mai);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'duplicate_dossier', code: 'duplicate_dossier_open', params: { code: first.code } });
    const [after] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
    expect(after!.n).toBe(before!.n);
  });

  it('receives it when the officer saw the open one and went on, and records that choice in the history', async () => {
    const response = await receive('1.004873', mai, { acknowledgedDuplicateIds: [first.id] });
    expect(response.status).toBe(201);
    const second: DossierDetail = await response.json();
    const receipt = second.events.find((event) => event.action === 'receive')!;
    expect(receipt.details.duplicatesAcknowledged).toEqual([{ id: first.id, code: first.code }]);
    // A dossier that was not a duplicate records nothing of the kind.
    expect(first.events.find((event) => event.action === 'receive')!.details).not.toHaveProperty('duplicatesAcknowledged');
  });

  it('without an ID number, matches the same name (accents and case aside) and date of birth', async () => {
    const earlier: DossierDetail = await (await receive('1.004859', noId)).json();
    expect(earlier.applicant).toMatchObject({ idNumber: null, dateOfBirth: '1961-10-01', gender: 'male' });
    const procedureId = byCode('1.004859').id;
    const found: DuplicateDossier[] = await (await duplicates(`procedureId=${procedureId}&name=${encodeURIComponent('giang a pao')}&dateOfBirth=1961-10-01`)).json();
    expect(found.map((d) => [d.code, d.matchedBy])).toEqual([[earlier.code, 'name_and_birth_date']]);
    expect(await (await duplicates(`procedureId=${procedureId}&name=${encodeURIComponent('Giàng A Páo')}&dateOfBirth=1961-10-02`)).json()).toEqual([]);
    expect(await (await duplicates(`procedureId=${procedureId}&name=${encodeURIComponent('Giàng A Pá')}&dateOfBirth=1961-10-01`)).json()).toEqual([]);
    expect((await receive('1.004859', { ...noId, name: 'GIÀNG A PÁO' })).status).toBe(409);
  });

  it('is for the desk, and needs an ID number or a name with a date of birth (400 naming the field)', async () => {
    const procedureId = byCode('1.004873').id;
    expect((await duplicates(`procedureId=${procedureId}&idNumber=${mai.idNumber}`, await t.login('hotich'))).status).toBe(403);
    const missing = await duplicates(`procedureId=${procedureId}&name=${encodeURIComponent('Lê Văn An')}`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).fields.idNumber.code).toBe('duplicate_query_person');
    const badDate = await duplicates(`procedureId=${procedureId}&name=An&dateOfBirth=1961-02-30`);
    expect((await badDate.json()).fields.dateOfBirth.code).toBe('birth_date_invalid');
  });
});

describe("the person's page", () => {
  it('lists every dossier of the ID number, as applicant or submitter, open ones first, and who the person is', async () => {
    // Mai also hands in a dossier for her father.
    const forFather: DossierDetail = await (
      await receive('1.004859', { name: 'Đặng Văn Lực', idNumber: '010062004417', address: 'Thôn Phú Hà' }, { submitter: { name: mai.name, idNumber: mai.idNumber, phone: mai.phone } })
    ).json();
    const person: Person = await (await t.request(`/api/people/${mai.idNumber}`, { cookie: desk })).json();
    expect(person).toMatchObject({ idNumber: mai.idNumber, dateOfBirth: '1996-02-09', gender: 'female', openCount: 3 });
    // Her latest appearance is as the submitter: name as she gave it there.
    expect(person.name).toBe(mai.name);
    expect(person.dossiers.map((d) => d.role).sort()).toEqual(['applicant', 'applicant', 'submitter']);
    expect(person.dossiers.find((d) => d.id === forFather.id)!.role).toBe('submitter');
    const openFlags = person.dossiers.map((d) => isOpen(d.status));
    expect(openFlags).toEqual([...openFlags].sort((a, b) => Number(b) - Number(a)));
    expect(person.dossiers.every((d) => d.digitised === false)).toBe(true);
  });

  it('lists a demo resident’s dossiers exactly as the search box finds them by ID number', async () => {
    const [resident] = await t.db.query<{ id_number: string; n: number }>(
      // A resident who never submitted for someone else: the search box finds every dossier of theirs.
      `SELECT applicant_id_number AS id_number, count(*)::int AS n FROM dossiers
       WHERE applicant_id_number NOT IN (SELECT submitter_id_number FROM dossiers WHERE submitter_id_number IS NOT NULL)
       GROUP BY 1 HAVING count(*) >= 3 ORDER BY 1 LIMIT 1`,
    );
    const person: Person = await (await t.request(`/api/people/${resident!.id_number}`, { cookie: desk })).json();
    const search = await (await t.request(`/api/dossiers?q=${resident!.id_number}&pageSize=100`, { cookie: desk })).json();
    expect(person.dossiers.map((d) => d.code).sort()).toEqual(search.items.map((d: { code: string }) => d.code).sort());
    expect(person.dossiers.length).toBe(resident!.n);
    expect(person.openCount).toBe(person.dossiers.filter((d) => isOpen(d.status)).length);
  });

  it('answers an unknown number with an empty page, and a malformed one with 400', async () => {
    expect(await (await t.request('/api/people/010199999999', { cookie: desk })).json()).toMatchObject({ name: null, dossiers: [], openCount: 0 });
    const bad = await t.request('/api/people/12345', { cookie: desk });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields.idNumber.code).toBe('id_number_length');
  });
});
