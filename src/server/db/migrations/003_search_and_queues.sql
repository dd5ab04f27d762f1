-- Search and work queues over a year of dossiers (issue: queues, search, overview).

-- Partial-word, accent-free search: trigram index on the folded search text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX dossiers_search_trgm_idx ON dossiers USING gin (search_text gin_trgm_ops);

-- The handler assigned to a dossier stays known while others hold it (approval, supplement).
ALTER TABLE dossiers ADD COLUMN handler_user_id uuid REFERENCES users(id);
UPDATE dossiers d SET handler_user_id = (
  SELECT e.to_user_id FROM dossier_events e
  WHERE e.dossier_id = d.id AND e.action IN ('assign', 'reassign')
  ORDER BY e.seq DESC LIMIT 1
);

CREATE FUNCTION dossier_events_track_handler() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.action IN ('assign', 'reassign') THEN
    UPDATE dossiers SET handler_user_id = NEW.to_user_id WHERE id = NEW.dossier_id;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER dossier_events_handler AFTER INSERT ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION dossier_events_track_handler();

CREATE INDEX dossiers_handler_idx ON dossiers (handler_user_id, status);
CREATE INDEX dossiers_deciding_idx ON dossiers (deciding_unit_id, status);
CREATE INDEX dossiers_open_appointment_idx ON dossiers (appointment_at)
  WHERE status IN ('received', 'awaiting_assignment', 'processing', 'awaiting_approval');
CREATE INDEX dossiers_finished_idx ON dossiers (finished_at);
CREATE INDEX dossier_events_dossier_action_idx ON dossier_events (dossier_id, action);
