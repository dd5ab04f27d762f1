import { auditChanges } from '../../domain/audit.ts';
import { auditLogTexts as texts } from '../../domain/official-texts/audit-log.ts';
import type { AuditEntry } from '../../domain/schemas/audit.ts';
import { formatDateTime } from '../../domain/vietnam-time.ts';

const show = (value: unknown) => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** The log's entries as a workbook, one row each, with the changed values "before → after". */
export async function auditWorkbook(entries: readonly AuditEntry[]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  const sheet = workbook.addWorksheet(texts.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: texts.columns.at, width: 18 },
    { header: texts.columns.actor, width: 24 },
    { header: texts.columns.username, width: 14 },
    { header: texts.columns.role, width: 20 },
    { header: texts.columns.action, width: 26 },
    { header: texts.columns.subject, width: 40 },
    { header: texts.columns.changes, width: 70 },
    { header: texts.columns.address, width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) {
    const changes = auditChanges(entry.before, entry.after)
      .map((change) => `${change.path || '—'}: ${show(change.before)} → ${show(change.after)}`)
      .join('\n');
    const row = sheet.addRow([
      formatDateTime(entry.at),
      entry.actorName,
      entry.actorUsername ?? '',
      entry.actorRole ? texts.role[entry.actorRole] : '',
      texts.action[entry.action],
      entry.entityLabel,
      changes,
      entry.address ?? '',
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
