/**
 * Dossier code `<unit code>-<YYMMDD>-<NNNN>` (docs/domain.md "Dossier code"): the receiving
 * unit's QCVN 102 code, the receipt date in Vietnam time, a daily 4-digit sequence.
 */
export function formatDossierCode(unitCode: string, localDate: string, sequence: number): string {
  const [year, month, day] = localDate.split('-');
  if (!year || !month || !day) throw new Error(`Invalid local date: ${localDate}`);
  return `${unitCode}-${year.slice(2)}${month}${day}-${String(sequence).padStart(4, '0')}`;
}

export const dossierCodePattern = /^[0-9A-Z.]+-\d{6}-\d{4,}$/;
