-- A work queue opens most urgent first: by appointment, then arrival, then code
-- (src/server/services/dossier-queries.ts `listDossiers`). These indexes hold that order
-- for the three ways a queue picks its dossiers (by status, by the officer holding them,
-- by the deciding department), so a page is read in order instead of sorting the whole
-- queue: at a province's million dossiers a queue holds tens of thousands.
DROP INDEX dossiers_status_idx;
CREATE INDEX dossiers_status_queue_order_idx ON dossiers (status, appointment_at, (coalesce(received_at, submitted_at)), code);
CREATE INDEX dossiers_holder_user_queue_order_idx ON dossiers (holder_user_id, appointment_at, (coalesce(received_at, submitted_at)), code);
CREATE INDEX dossiers_deciding_queue_order_idx ON dossiers (deciding_unit_id, appointment_at, (coalesce(received_at, submitted_at)), code);
