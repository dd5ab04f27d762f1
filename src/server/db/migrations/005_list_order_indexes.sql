-- The list's default order (newest first by receipt or arrival, then code) served by an index,
-- alone and after the most common leading filters (status queues, "my dossiers"); measured
-- with `npm run bench` on 100,000 dossiers (README "Performance").
CREATE INDEX dossiers_list_order_idx ON dossiers ((coalesce(received_at, submitted_at)) DESC NULLS LAST, code DESC);
CREATE INDEX dossiers_status_list_order_idx ON dossiers (status, (coalesce(received_at, submitted_at)) DESC NULLS LAST, code DESC);
CREATE INDEX dossiers_holder_user_list_order_idx ON dossiers (holder_user_id, (coalesce(received_at, submitted_at)) DESC NULLS LAST, code DESC);
-- The overview's late / due-soon load per department reads only the index.
CREATE INDEX dossiers_open_load_idx ON dossiers (deciding_unit_id) INCLUDE (appointment_at)
  WHERE status IN ('received', 'awaiting_assignment', 'processing', 'awaiting_approval');
-- The next register number at receipt.
CREATE INDEX dossiers_register_idx ON dossiers (register_book, register_number);
