import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';
import { catalogueRefs, countRows, editBody, procedureBody } from '../setup/admin-bodies.ts';
import type { AdminProcedureDetail, AdminProcedureRow, ProcedureSaveResult } from '../../src/domain/schemas/admin-catalogue.ts';
import type { Procedure } from '../../src/domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import type { AuditPage } from '../../src/domain/schemas/audit.ts';

let t: TestApi;
let admin: string;
let refs: Awaited<ReturnType<typeof catalogueRefs>>;
const steps = dossierSteps(() => t);

beforeAll(async () => {
  t = await createTestApi();
  admin = await t.login('admin');
  refs = await catalogueRefs(t, admin);
});
afterAll(async () => {
  await t.close();
});

async function detail(code: string): Promise<AdminProcedureDetail> {
  return (await t.request(`/api/admin/procedures/${code}`, { cookie: admin })).json();
}

async function put(code: string, body: Record<string, unknown>) {
  return t.request(`/api/admin/procedures/${code}`, { method: 'PUT', cookie: admin, json: body });
}

describe('who may change the catalogue', () => {
  it.each(['motcua1', 'truongvp', 'hotich', 'chutich'])('refuses %s (403) and writes nothing', async (username) => {
    const cookie = await t.login(username);
    const before = await countRows(t, 'procedures');
    expect((await t.request('/api/admin/procedures', { cookie })).status).toBe(403);
    const created = await t.request('/api/admin/procedures', { method: 'POST', cookie, json: procedureBody(refs, { code: `9.1-${username}` }) });
    expect(created.status).toBe(403);
    expect((await created.json()).code).toBe('admin_only');
    const edited = await t.request('/api/admin/procedures/1.004873', { method: 'PUT', cookie, json: editBody(await detail('1.004873'), { name: 'x' }) });
    expect(edited.status).toBe(403);
    expect(await countRows(t, 'procedures')).toBe(before);
  });
});

describe('adding a procedure', () => {
  it('creates the first version with its checklist, fee lines, leg shares, restart mode and half a working day', async () => {
    const response = await t.request('/api/admin/procedures', { method: 'POST', cookie: admin, json: procedureBody(refs) });
    expect(response.status).toBe(201);
    const saved: ProcedureSaveResult = await response.json();
    expect(saved.outcome).toBe('created');
    expect(saved.versions).toHaveLength(1);
    expect(saved.versions[0]).toMatchObject({
      revision: 1,
      effectiveFrom: '2026-11-23',
      state: 'current',
      durationUnit: 'working_days',
      durationAmount: 0.5,
      supplementClock: 'restart',
      feeLines: [{ kind: 'charge', amount: 15000, note: 'Mỗi bản' }],
      dossierCount: 0,
    });
    expect(saved.versions[0]!.documents.map((d) => d.name)).toEqual(['Tờ khai đề nghị xác nhận', 'Giấy tờ chứng minh (nếu có)']);
    // The desk sees it at once, with the fee the lines add up to.
    const desk = await t.login('motcua1');
    const procedures: Procedure[] = await (await t.request('/api/procedures', { cookie: desk })).json();
    expect(procedures.find((p) => p.code === '9.000001')).toMatchObject({ feeAmount: 15000, durationAmount: 0.5, supplementClock: 'restart' });
    // The audit log has the whole record.
    const audit: AuditPage = await (await t.request('/api/audit-log?action=procedure.create', { cookie: admin })).json();
    expect(audit.entries[0]).toMatchObject({ actorUsername: 'admin', entityId: '9.000001', before: null });
    expect(audit.entries[0]!.after).toMatchObject({ name: 'Xác nhận thông tin thử nghiệm', duration: { unit: 'working_days', amount: 0.5 } });
  });

  it('answers bad input with field errors and writes nothing', async () => {
    const before = await countRows(t, 'procedures');
    const audit = await countRows(t, 'audit_log');
    const response = await t.request('/api/admin/procedures', {
      method: 'POST',
      cookie: admin,
      json: procedureBody(refs, {
        code: '9.000002',
        name: ' ',
        durationAmount: -1,
        documents: [],
        legShares: { desk_intake: 0.2, department: 0.2, handler: 0.5, approval: 0.2 },
        feeLines: [{ kind: 'charge', amount: -5, note: '' }],
      }),
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('validation_failed');
    expect(Object.keys(body.fields).sort()).toEqual(['documents', 'durationAmount', 'feeLines.0.amount', 'legShares.approval', 'name'].sort());
    expect(body.fields['legShares.approval'].code).toBe('leg_shares_sum');
    expect(await countRows(t, 'procedures')).toBe(before);
    expect(await countRows(t, 'audit_log')).toBe(audit);
  });

  it('refuses a code already in the catalogue and a field that is not in use, on their fields', async () => {
    const taken = await t.request('/api/admin/procedures', { method: 'POST', cookie: admin, json: procedureBody(refs, { code: '1.004873' }) });
    expect(taken.status).toBe(400);
    expect((await taken.json()).fields.code.code).toBe('procedure_code_taken');
    const field = await t.request('/api/admin/procedures', {
      method: 'POST',
      cookie: admin,
      json: procedureBody(refs, { code: '9.000003', fieldId: '00000000-0000-4000-8000-000000000009' }),
    });
    expect(field.status).toBe(400);
    expect((await field.json()).fields.fieldId.code).toBe('field_invalid');
  });
});

describe('editing and versions', () => {
  it('corrects a version no dossier was received under in place', async () => {
    await t.request('/api/admin/procedures', { method: 'POST', cookie: admin, json: procedureBody(refs, { code: '9.000010' }) });
    const response = await put('9.000010', editBody(await detail('9.000010'), { durationAmount: 2, name: 'Tên đã sửa' }));
    expect(response.status).toBe(200);
    const saved: ProcedureSaveResult = await response.json();
    expect(saved.outcome).toBe('updated');
    expect(saved.versions).toHaveLength(1);
    expect(saved.versions[0]).toMatchObject({ durationAmount: 2, name: 'Tên đã sửa', version: 2 });
  });

  it('answers an edit made on a stale version with 409 and changes nothing', async () => {
    const stale = editBody(await detail('9.000010'), { version: 1, name: 'Sửa trên bản cũ' });
    const response = await put('9.000010', stale);
    expect(response.status).toBe(409);
    expect((await response.json()).error).toBe('stale_version');
    expect((await detail('9.000010')).versions[0]!.name).toBe('Tên đã sửa');
  });

  it('keeps the version, duration, checklist and fee of a dossier received before a rule change; a dossier received after gets the new ones', async () => {
    const before = await detail('1.004873');
    const oldVersion = before.versions.at(-1)!;
    const first = await steps.receiveWalkIn('motcua1', { procedureCode: '1.004873' });
    expect(first.duration).toEqual({ unit: 'working_days', amount: 3 });

    // A rule change without a date is refused on the date field: dossiers were received under this version.
    const changes = {
      durationAmount: 5,
      feeLines: [{ kind: 'charge', amount: 50000, note: 'Theo Nghị quyết HĐND tỉnh' }],
      supplementClock: 'restart',
      documents: [...editBody(before).documents, { name: 'Giấy tờ mới bổ sung theo quy định', required: true, defaultForm: 'original', defaultCount: 1 }],
    };
    const undated = await put('1.004873', editBody(before, changes));
    expect(undated.status).toBe(400);
    expect((await undated.json()).fields.effectiveFrom.code).toBe('effective_from_required');
    const backdated = await put('1.004873', editBody(before, { ...changes, effectiveFrom: '2026-11-20' }));
    expect(backdated.status).toBe(400);
    expect((await backdated.json()).fields.effectiveFrom).toMatchObject({ code: 'effective_from_past', params: { earliest: '23/11/2026' } });

    const response = await put('1.004873', editBody(before, { ...changes, effectiveFrom: '2026-11-23' }));
    expect(response.status).toBe(200);
    const saved: ProcedureSaveResult = await response.json();
    expect(saved.outcome).toBe('new_version');
    expect(saved.versions.map((v) => [v.revision, v.state, v.effectiveFrom, v.effectiveUntil])).toEqual([
      [oldVersion.revision, 'past', oldVersion.effectiveFrom, '2026-11-22'],
      [oldVersion.revision + 1, 'current', '2026-11-23', null],
    ]);
    const newVersion = saved.versions.at(-1)!;

    // The dossier received before keeps its version: duration, checklist, fee, clock, appointment.
    const desk = await t.login('motcua1');
    const kept: DossierDetail = await (await t.request(`/api/dossiers/${first.id}`, { cookie: desk })).json();
    expect(kept.procedureId).toBe(oldVersion.id);
    expect(kept.duration).toEqual({ unit: 'working_days', amount: 3 });
    expect(kept.appointmentAt).toBe(first.appointmentAt);
    expect(kept.documents.map((d) => d.name)).toEqual(oldVersion.documents.map((d) => d.name));
    const [oldRules] = await t.db.query<{ fee_amount: number; supplement_clock: string }>(
      'SELECT p.fee_amount, p.supplement_clock FROM dossiers d JOIN procedures p ON p.id = d.procedure_id WHERE d.id = $1',
      [first.id],
    );
    expect(oldRules).toEqual({ fee_amount: 0, supplement_clock: 'pause' });

    // One received after gets the new version's.
    const procedures: Procedure[] = await (await t.request('/api/procedures', { cookie: desk })).json();
    const offered = procedures.find((p) => p.code === '1.004873')!;
    expect(offered).toMatchObject({ id: newVersion.id, feeAmount: 50000, durationAmount: 5, supplementClock: 'restart' });
    const second = await steps.receiveWalkIn('motcua1', { procedureCode: '1.004873' });
    expect(second.procedureId).toBe(newVersion.id);
    expect(second.duration).toEqual({ unit: 'working_days', amount: 5 });
    expect(second.documents.map((d) => d.name)).toEqual(changes.documents.map((d) => d.name));
    // Received Mon 23/11/2026 10:00: 5 working days → Mon 30/11/2026 10:00 (the old rule gave Thu 26/11).
    expect(second.appointmentAt).toBe(new Date('2026-11-30T10:00:00+07:00').toISOString());
    expect(first.appointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());

    // The log has the version's rules before and after.
    const audit: AuditPage = await (await t.request('/api/audit-log?action=procedure.new_version', { cookie: admin })).json();
    expect(audit.entries[0]).toMatchObject({ entityId: '1.004873', details: { changedRules: ['duration', 'feeLines', 'supplementClock', 'documents'] } });
    expect(audit.entries[0]!.before).toMatchObject({ duration: { amount: 3 }, supplementClock: 'pause' });
    expect(audit.entries[0]!.after).toMatchObject({ duration: { amount: 5 }, supplementClock: 'restart' });
  });

  it('changes names, field, unit and online level of a used version in place, without a new version', async () => {
    const before = await detail('1.001193');
    const response = await put('1.001193', editBody(before, { name: 'Đăng ký khai sinh (tên mới)', onlineLevel: 'partial' }));
    const saved: ProcedureSaveResult = await response.json();
    expect(saved.outcome).toBe('updated');
    expect(saved.versions).toHaveLength(before.versions.length);
    expect(saved.versions.at(-1)!.name).toBe('Đăng ký khai sinh (tên mới)');
  });

  it('stops offering a deactivated procedure for new receipts and finds it with the filters', async () => {
    await put('9.000010', editBody(await detail('9.000010'), { active: false }));
    const desk = await t.login('motcua1');
    const procedures: Procedure[] = await (await t.request('/api/procedures', { cookie: desk })).json();
    expect(procedures.some((p) => p.code === '9.000010')).toBe(false);
    const inactive: AdminProcedureRow[] = await (await t.request('/api/admin/procedures?active=false', { cookie: admin })).json();
    expect(inactive.map((p) => p.code)).toContain('9.000010');
    // Accent-insensitive search on code and name, and the field filter.
    const found: AdminProcedureRow[] = await (await t.request(`/api/admin/procedures?q=${encodeURIComponent('xac nhan tinh trang')}&fieldId=${refs.field.id}`, { cookie: admin })).json();
    expect(found.map((p) => p.code)).toEqual(['1.004873']);
    expect(found[0]).toMatchObject({ versionCount: 2, durationAmount: 5, feeTotal: 50000 });
  });

  it('sends 404 for an unknown procedure', async () => {
    expect((await t.request('/api/admin/procedures/0.000000', { cookie: admin })).status).toBe(404);
  });
});
