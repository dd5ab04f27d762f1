/**
 * A procedure's fees are lines of two kinds: phí (`fee`, paid for a service) and lệ phí
 * (`charge`, the state's charge for an administrative act), each an amount in đồng with a
 * note (per page, per case, "theo quy định của HĐND tỉnh"…).
 */
export const feeKinds = ['fee', 'charge'] as const;
export type FeeKind = (typeof feeKinds)[number];

export interface FeeLine {
  kind: FeeKind;
  amount: number;
  note: string;
}

/** What the desk collects by default at receipt: the sum of the lines (the officer may change it). */
export function feeTotal(lines: readonly Pick<FeeLine, 'amount'>[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

/** One line of text for the fee (intake side panel, receipt): "Lệ phí 28.000 ₫ (ghi chú); Phí …". */
export function feeSummaryNote(lines: readonly FeeLine[]): string {
  return lines
    .map((line) => line.note)
    .filter((note) => note.trim() !== '')
    .join('; ');
}
