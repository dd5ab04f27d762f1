import type { TestApi } from './test-api.ts';
import type { AdminField, AdminProcedureDetail, AdminUnit, ProcedureCreate } from '../../src/domain/schemas/admin-catalogue.ts';
import { defaultLegShares } from '../../src/domain/control-slip.ts';

/** Ids an administrator picks from: a field and a department of the seeded commune. */
export async function catalogueRefs(t: TestApi, cookie: string) {
  const fields: AdminField[] = await (await t.request('/api/admin/fields', { cookie })).json();
  const units: AdminUnit[] = await (await t.request('/api/admin/units', { cookie })).json();
  return {
    field: fields.find((f) => f.code === 'HT')!,
    office: units.find((u) => u.code === '000.01.22.H56')!,
    economy: units.find((u) => u.code === '000.02.22.H56')!,
    centre: units.find((u) => u.kind === 'centre')!,
  };
}

/** A complete new procedure as the form sends it: restart mode, half a working day. */
export function procedureBody(refs: { field: { id: string }; office: { id: string } }, overrides: Partial<ProcedureCreate> = {}): ProcedureCreate {
  return {
    code: '9.000001',
    name: 'Xác nhận thông tin thử nghiệm',
    fieldId: refs.field.id,
    durationUnit: 'working_days',
    durationAmount: 0.5,
    feeLines: [{ kind: 'charge', amount: 15000, note: 'Mỗi bản' }],
    decidingUnitId: refs.office.id,
    supplementClock: 'restart',
    onlineLevel: 'partial',
    documents: [
      { name: 'Tờ khai đề nghị xác nhận', required: true, defaultForm: 'original', defaultCount: 1 },
      { name: 'Giấy tờ chứng minh (nếu có)', required: false, defaultForm: 'photocopy', defaultCount: 1 },
    ],
    legShares: { ...defaultLegShares },
    active: true,
    ...overrides,
  };
}

/** The form's body for an edit of the latest version. */
export function editBody(detail: AdminProcedureDetail, overrides: Record<string, unknown> = {}) {
  const latest = detail.versions.at(-1)!;
  return {
    name: latest.name,
    fieldId: latest.fieldId,
    durationUnit: latest.durationUnit,
    durationAmount: latest.durationAmount,
    feeLines: latest.feeLines,
    feeDue: latest.feeDue,
    decidingUnitId: latest.decidingUnitId,
    supplementClock: latest.supplementClock,
    onlineLevel: latest.onlineLevel,
    documents: latest.documents.map(({ name, required, defaultForm, defaultCount }) => ({ name, required, defaultForm, defaultCount })),
    legShares: latest.legShares,
    active: detail.active,
    version: latest.version,
    ...overrides,
  };
}

export async function countRows(t: TestApi, table: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row!.n;
}
