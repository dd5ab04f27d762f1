-- A work queue opens most urgent first: late dossiers, then by appointment, arrival and code
-- (src/server/services/dossier-queries.ts `listDossiers`). These indexes hold that order per
-- status for the ways a queue picks its dossiers (by status; held by an officer; decided by
-- a department; not yet digitised), so a page is read in order, a status at a time, instead
-- of sorting the whole queue: at a province's million dossiers a queue holds tens of
-- thousands. tests/api/queue-order.test.ts holds the order to its plain definition.
DROP INDEX dossiers_status_idx;
CREATE INDEX dossiers_status_queue_order_idx ON dossiers (status, appointment_at, (coalesce(received_at, submitted_at)), code);
CREATE INDEX dossiers_holder_user_queue_order_idx ON dossiers (holder_user_id, status, appointment_at, (coalesce(received_at, submitted_at)), code);
CREATE INDEX dossiers_deciding_queue_order_idx ON dossiers (deciding_unit_id, status, appointment_at, (coalesce(received_at, submitted_at)), code);
-- "Chưa số hóa" (src/domain/queues.ts `not_digitised`): few of the open dossiers, counted
-- for the navigation from this index alone.
CREATE INDEX dossiers_not_digitised_queue_order_idx ON dossiers (status, appointment_at, (coalesce(received_at, submitted_at)), code)
  WHERE NOT digitised AND status IN ('received', 'awaiting_assignment', 'processing', 'supplement_requested', 'awaiting_approval', 'result_ready');
