import type { Db, Queryable } from './db.ts';
import { defaultSupplementDeadlineWorkingDays } from '../../domain/supplements.ts';
import type { DurationUnit, DocumentForm } from '../../domain/channels.ts';
import { publicHolidays } from '../../domain/public-holidays.ts';
import { defaultWorkingTimeSettings } from '../../domain/working-time.ts';
import { defaultLegShares } from '../../domain/control-slip.ts';
import { feeSummaryNote, feeTotal, type FeeLine } from '../../domain/fees.ts';

/**
 * What a database starts with. Every installation gets the defaults (settings and the
 * public-holiday calendar); the sample commune (Xã Hoàng An: its units, fields, procedure
 * catalogue and identity) is for the demo, training mode and the tests. A real commune
 * enters its own at the first-run setup and in the administration. Idempotent: each part
 * only fills what is empty.
 */
export const commune = {
  province: 'Tỉnh Lào Cai',
  communeName: 'Xã Hoàng An',
  peoplesCommittee: 'UBND XÃ HOÀNG AN',
  place: 'Hoàng An',
};

export const unitSeeds = [
  { key: 'centre', code: '000.17.22.H56', name: 'Trung tâm Phục vụ hành chính công xã Hoàng An', shortName: 'Trung tâm PVHCC', kind: 'centre' },
  { key: 'office', code: '000.01.22.H56', name: 'Văn phòng HĐND và UBND xã', shortName: 'Văn phòng HĐND-UBND', kind: 'department' },
  { key: 'economy', code: '000.02.22.H56', name: 'Phòng Kinh tế', shortName: 'Phòng Kinh tế', kind: 'department' },
  { key: 'culture', code: '000.03.22.H56', name: 'Phòng Văn hóa - Xã hội', shortName: 'Phòng VH-XH', kind: 'department' },
] as const;
export type UnitKey = (typeof unitSeeds)[number]['key'];

export const fieldSeeds = [
  { code: 'HT', name: 'Hộ tịch' },
  { code: 'CT', name: 'Chứng thực' },
  { code: 'BTXH', name: 'Bảo trợ xã hội' },
  { code: 'DKKD', name: 'Đăng ký kinh doanh' },
  { code: 'XD', name: 'Xây dựng' },
  { code: 'LT', name: 'Liên thông Hộ tịch - Cư trú - BHXH' },
] as const;

interface ProcedureSeed {
  code: string;
  name: string;
  field: (typeof fieldSeeds)[number]['code'];
  unit: DurationUnit;
  amount: number;
  fee: number;
  feeNote: string;
  decidingUnit: UnitKey;
  online: 'full' | 'partial' | 'none';
  /** Paid when the result is collected rather than at receipt. */
  feeBeforeReturn?: boolean;
  documents: { name: string; form: DocumentForm; required?: boolean }[];
}

export const procedureSeeds: ProcedureSeed[] = [
  {
    code: '1.001193', name: 'Đăng ký khai sinh', field: 'HT', unit: 'same_day', amount: 0, fee: 0,
    feeNote: 'Miễn lệ phí khi đăng ký đúng hạn', decidingUnit: 'office', online: 'full',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
      { name: 'Giấy chứng sinh hoặc văn bản của người làm chứng', form: 'original' },
    ],
  },
  {
    code: '1.000894', name: 'Đăng ký kết hôn', field: 'HT', unit: 'same_day', amount: 0, fee: 0,
    feeNote: 'Miễn lệ phí', decidingUnit: 'office', online: 'partial',
    documents: [
      { name: 'Tờ khai đăng ký kết hôn', form: 'original' },
      { name: 'Giấy tờ tùy thân của hai bên nam, nữ', form: 'photocopy' },
    ],
  },
  {
    code: '1.000656', name: 'Đăng ký khai tử', field: 'HT', unit: 'same_day', amount: 0, fee: 0,
    feeNote: 'Miễn lệ phí khi đăng ký đúng hạn', decidingUnit: 'office', online: 'full',
    documents: [
      { name: 'Tờ khai đăng ký khai tử', form: 'original' },
      { name: 'Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', form: 'original' },
    ],
  },
  {
    code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'HT', unit: 'working_days', amount: 3, fee: 0,
    feeNote: 'Theo quy định của HĐND tỉnh', decidingUnit: 'office', online: 'full',
    documents: [
      { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'original' },
      { name: 'Giấy tờ chứng minh việc ly hôn hoặc người kia đã chết (nếu có)', form: 'certified_copy', required: false },
    ],
  },
  {
    code: '1.004859', name: 'Đăng ký thay đổi, cải chính hộ tịch', field: 'HT', unit: 'working_days', amount: 3, fee: 28000,
    feeNote: '', decidingUnit: 'office', online: 'partial',
    documents: [
      { name: 'Tờ khai đăng ký thay đổi, cải chính hộ tịch', form: 'original' },
      { name: 'Giấy tờ làm căn cứ thay đổi, cải chính', form: 'certified_copy' },
    ],
  },
  {
    code: '2.000815', name: 'Chứng thực bản sao từ bản chính', field: 'CT', unit: 'same_day', amount: 0, fee: 2000,
    feeNote: '2.000 ₫/trang, từ trang thứ 3 là 1.000 ₫/trang, tối đa 200.000 ₫/bản', decidingUnit: 'office', online: 'none',
    documents: [
      { name: 'Bản chính giấy tờ, văn bản', form: 'original' },
      { name: 'Bản sao cần chứng thực', form: 'photocopy' },
    ],
  },
  {
    code: '2.000884', name: 'Chứng thực chữ ký trong giấy tờ, văn bản', field: 'CT', unit: 'same_day', amount: 0, fee: 10000,
    feeNote: '10.000 ₫/trường hợp', decidingUnit: 'office', online: 'none',
    documents: [
      { name: 'Giấy tờ tùy thân còn giá trị sử dụng', form: 'original' },
      { name: 'Giấy tờ, văn bản cần chứng thực chữ ký', form: 'original' },
    ],
  },
  {
    code: '2.000635', name: 'Cấp bản sao trích lục hộ tịch', field: 'HT', unit: 'same_day', amount: 0, fee: 0,
    feeNote: 'Không thu phí', decidingUnit: 'office', online: 'full',
    documents: [{ name: 'Tờ khai cấp bản sao trích lục hộ tịch', form: 'original' }],
  },
  {
    code: '1.001776', name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', field: 'BTXH', unit: 'working_days', amount: 6, fee: 0,
    feeNote: 'Không thu phí', decidingUnit: 'culture', online: 'partial',
    documents: [{ name: 'Tờ khai đề nghị trợ giúp xã hội', form: 'original' }],
  },
  {
    code: '2.000720', name: 'Đăng ký thành lập hộ kinh doanh', field: 'DKKD', unit: 'working_days', amount: 3, fee: 100000,
    feeNote: 'Theo quy định của HĐND tỉnh', decidingUnit: 'economy', online: 'full',
    documents: [
      { name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original' },
      { name: 'Bản sao giấy tờ pháp lý của cá nhân', form: 'photocopy' },
    ],
  },
  {
    code: '1.009994', name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', field: 'XD', unit: 'working_days', amount: 15, fee: 75000,
    feeNote: 'Theo quy định của HĐND tỉnh', decidingUnit: 'economy', online: 'partial', feeBeforeReturn: true,
    documents: [
      { name: 'Đơn đề nghị cấp giấy phép xây dựng', form: 'original' },
      { name: 'Giấy chứng nhận quyền sử dụng đất', form: 'certified_copy' },
      { name: 'Bản vẽ thiết kế xây dựng', form: 'original' },
    ],
  },
  {
    code: '1.001023', name: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi', field: 'LT', unit: 'working_days', amount: 20, fee: 0,
    feeNote: 'Không thu phí', decidingUnit: 'office', online: 'full',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
      { name: 'Tờ khai thay đổi thông tin cư trú', form: 'original' },
      { name: 'Tờ khai tham gia BHYT', form: 'original' },
    ],
  },
];

/** The sample commune's letterhead (the `centre` setting). */
const sampleIdentity = {
  province: commune.province,
  peoplesCommittee: commune.peoplesCommittee,
  communeName: commune.communeName,
  place: commune.place,
  unitCode: unitSeeds[0].code,
  registerBook: 'Sổ theo dõi hồ sơ năm 2026',
};

/** Settings and holidays of a new installation (written once: an administrator edits them afterwards). */
export const installationSettings: Record<string, unknown> = {
  working_time: defaultWorkingTimeSettings,
  supplement_deadline_working_days: { supplementDeadlineWorkingDays: defaultSupplementDeadlineWorkingDays },
  leg_shares: defaultLegShares,
};

async function insertInstallationDefaults(tx: Queryable): Promise<void> {
  for (const day of publicHolidays) {
    await tx.query('INSERT INTO calendar_days (day, kind, name) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING', [day.date, day.kind, day.name]);
  }
  for (const [key, value] of Object.entries(installationSettings)) {
    await tx.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, JSON.stringify(value)]);
  }
}

/** Fills a new installation with its defaults. Returns true when it did (the first start). */
export async function seedInstallationDefaults(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM settings WHERE key = 'working_time'");
    if (existing && existing.n > 0) return false;
    await insertInstallationDefaults(tx);
    return true;
  });
}

async function insertSampleCommune(tx: Queryable): Promise<void> {
  const unitIds = new Map<string, string>();
  for (const unit of unitSeeds) {
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO units (code, name, short_name, kind) VALUES ($1, $2, $3, $4) RETURNING id',
      [unit.code, unit.name, unit.shortName, unit.kind],
    );
    unitIds.set(unit.key, row!.id);
  }
  const fieldIds = new Map<string, string>();
  for (const field of fieldSeeds) {
    const [row] = await tx.query<{ id: string }>('INSERT INTO fields (code, name) VALUES ($1, $2) RETURNING id', [field.code, field.name]);
    fieldIds.set(field.code, row!.id);
  }
  for (const p of procedureSeeds) {
    // Certification fees are phí (a service); the rest are lệ phí (the state's charge).
    const feeLines: FeeLine[] = p.fee > 0 || p.feeNote ? [{ kind: p.field === 'CT' ? 'fee' : 'charge', amount: p.fee, note: p.feeNote }] : [];
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO procedures (code, revision, name, field_id, duration_unit, duration_amount, fee_amount, fee_note, fee_lines,
         deciding_unit_id, online_level, leg_shares, effective_from, fee_due)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '2025-07-01', $12) RETURNING id`,
      [
        p.code,
        p.name,
        fieldIds.get(p.field),
        p.unit,
        p.amount,
        feeTotal(feeLines),
        feeSummaryNote(feeLines),
        JSON.stringify(feeLines),
        unitIds.get(p.decidingUnit),
        p.online,
        JSON.stringify(defaultLegShares),
        p.feeBeforeReturn ? 'before_return' : 'at_receipt',
      ],
    );
    for (const [index, document] of p.documents.entries()) {
      await tx.query(
        `INSERT INTO procedure_documents (procedure_id, position, name, required, default_form)
         VALUES ($1, $2, $3, $4, $5)`,
        [row!.id, index + 1, document.name, document.required ?? true, document.form],
      );
    }
  }
  await tx.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', ['centre', JSON.stringify(sampleIdentity)]);
}

/** Seeds the sample commune when the database has no unit yet. Returns true when it did. */
export async function seedSampleCommune(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM units');
    if (existing && existing.n > 0) return false;
    await insertSampleCommune(tx);
    return true;
  });
}
