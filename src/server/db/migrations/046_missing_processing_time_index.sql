-- Every server process looks for decided dossiers without a processing time when it starts
-- (src/server/services/processing-times.ts). There are none once migration 041's backfill
-- is done, but finding that out read the whole table: over a second per process at a
-- province's million dossiers. This index holds only such dossiers, so it stays empty.
CREATE INDEX dossiers_missing_processing_time_idx ON dossiers (id)
  WHERE decided_at IS NOT NULL AND received_at IS NOT NULL AND processing_working_ms IS NULL;
