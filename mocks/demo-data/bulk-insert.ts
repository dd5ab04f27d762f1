import type { Queryable } from '../../src/server/db/db.ts';

/** Column name → SQL type, in insertion order. Names are constants below, never user input. */
export type ColumnTypes = Readonly<Record<string, string>>;

/**
 * Inserts rows with one statement per chunk: the rows travel as a single jsonb parameter
 * and `jsonb_to_recordset` turns them back into typed columns. Hundreds of rows per round
 * trip is what keeps seeding to a few seconds on PGlite in the browser, and it needs no
 * placeholder arithmetic. Dates serialise to ISO strings, which `timestamptz` parses.
 */
export async function insertRows(
  tx: Queryable,
  table: string,
  columns: ColumnTypes,
  rows: readonly object[],
  options: { chunkSize?: number; onConflict?: string } = {},
): Promise<void> {
  const chunkSize = options.chunkSize ?? 500;
  const names = Object.keys(columns);
  const list = names.join(', ');
  const record = names.map((name) => `${name} ${columns[name]}`).join(', ');
  const sql = `INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS t(${record})${options.onConflict ? ` ${options.onConflict}` : ''}`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    await tx.query(sql, [JSON.stringify(rows.slice(start, start + chunkSize))]);
  }
}

export const dossierColumns: ColumnTypes = {
  id: 'uuid', code: 'text', unit_id: 'uuid', procedure_id: 'uuid', channel: 'text', portal_submission_id: 'text',
  status: 'text', applicant_name: 'text', applicant_id_number: 'text', applicant_phone: 'text', applicant_email: 'text',
  applicant_address: 'text', applicant_birth_date: 'date', applicant_gender: 'text', submitter_name: 'text',
  submitter_id_number: 'text', submitter_phone: 'text', submitter_birth_date: 'date', submitter_gender: 'text', submitter_address: 'text',
  search_text: 'text', holder_unit_id: 'uuid', holder_user_id: 'uuid', deciding_unit_id: 'uuid',
  submitted_at: 'timestamptz', received_at: 'timestamptz', appointment_at: 'timestamptz',
  original_appointment_at: 'timestamptz', paused_at: 'timestamptz', paused_working_ms: 'bigint', processing_working_ms: 'bigint',
  supplement_count: 'integer', supplement_deadline_at: 'timestamptz', apology_count: 'integer', sets_count: 'integer',
  fee_amount: 'integer', fee_paid_amount: 'integer', fee_paid_at: 'timestamptz', return_method: 'text', result_kind: 'text', result_number: 'text',
  result_summary: 'text', decided_at: 'timestamptz', finished_at: 'timestamptz', returned_at: 'timestamptz',
  returned_to: 'text', notes: 'text', register_book: 'text', register_number: 'integer', version: 'integer',
  created_at: 'timestamptz', updated_at: 'timestamptz',
};

export const documentColumns: ColumnTypes = {
  id: 'uuid', dossier_id: 'uuid', procedure_document_id: 'uuid', position: 'integer', name: 'text',
  received: 'boolean', form: 'text', count: 'integer', reused_from_document_id: 'uuid',
};

export const attachmentColumns: ColumnTypes = {
  id: 'uuid', dossier_id: 'uuid', dossier_document_id: 'uuid', event_id: 'uuid', kind: 'text', file_name: 'text',
  content_type: 'text', size_bytes: 'integer', content: 'bytea', uploaded_by: 'uuid', uploaded_at: 'timestamptz',
};

export const eventColumns: ColumnTypes = {
  id: 'uuid', dossier_id: 'uuid', seq: 'integer', at: 'timestamptz', actor_user_id: 'uuid', actor_role: 'text',
  action: 'text', from_status: 'text', to_status: 'text', from_unit_id: 'uuid', from_user_id: 'uuid',
  to_unit_id: 'uuid', to_user_id: 'uuid', note: 'text', details: 'jsonb', leg_deadline_at: 'timestamptz',
  leg_result: 'text',
};

export const notificationColumns: ColumnTypes = {
  id: 'uuid', dossier_id: 'uuid', event_id: 'uuid', channel: 'text', recipient: 'text', template: 'text',
  subject: 'text', body: 'text', status: 'text', attempts: 'integer', created_at: 'timestamptz', sent_at: 'timestamptz',
};

export const counterColumns: ColumnTypes = { unit_id: 'uuid', day: 'date', last_number: 'integer' };

export const paymentColumns: ColumnTypes = {
  id: 'uuid', dossier_id: 'uuid', event_id: 'uuid', amount: 'integer', method: 'text', receipt_number: 'text',
  portal_transaction_id: 'text', payer_name: 'text', paid_at: 'timestamptz', recorded_by: 'uuid', recorded_at: 'timestamptz', note: 'text',
};

export const ratingColumns: ColumnTypes = {
  dossier_id: 'uuid', event_id: 'uuid', level: 'smallint', comment: 'text', channel: 'text', rated_at: 'timestamptz',
};
