import { auditChanges } from '../../domain/audit.ts';
import { auditLogTexts as texts } from '../../domain/official-texts/audit-log.ts';
import type { AuditEntry } from '../../domain/schemas/audit.ts';
import { formatDateTime } from '../../domain/vietnam-time.ts';
import { writeWorkbook } from './xlsx-workbook.ts';

const show = (value: unknown) => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** The log's entries as a workbook, one row each, with the changed values "before → after". */
export function auditWorkbook(entries: readonly AuditEntry[], options?: { streaming?: boolean }): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook((workbook) => {
    const sheet = workbook.addWorksheet(texts.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = [
      { header: texts.columns.at, width: 18 },
      { header: texts.columns.actor, width: 24 },
      { header: texts.columns.username, width: 14 },
      { header: texts.columns.role, width: 20 },
      { header: texts.columns.action, width: 26 },
      { header: texts.columns.subject, width: 40 },
      { header: texts.columns.changes, width: 70 },
      { header: texts.columns.address, width: 16 },
    ];
    sheet.columns = columns.map((column) => ({ width: column.width }));
    const headerRow = sheet.addRow(columns.map((column) => column.header));
    headerRow.font = { bold: true };
    headerRow.commit();
    // One style object for every row: exceljs keeps it by reference.
    const alignment = { wrapText: true, vertical: 'top' } as const;
    for (const entry of entries) {
      const changes = auditChanges(entry.before, entry.after)
        .map((change) => `${change.path || '—'}: ${show(change.before)} → ${show(change.after)}`)
        .join('\n');
      const row = sheet.addRow([
        formatDateTime(entry.at),
        entry.actorName,
        entry.actorUsername,
        entry.actorRole ? texts.role[entry.actorRole] : null,
        texts.action[entry.action],
        entry.entityLabel,
        changes,
        entry.address,
      ]);
      row.alignment = alignment;
      row.commit();
    }
  }, options);
}
