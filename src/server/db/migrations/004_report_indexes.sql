-- A dossier counts as received from its receipt, or its arrival for online/postal ones:
-- the list's date filter, the overview and the weekly chart all use this expression.
CREATE INDEX dossiers_received_or_submitted_idx ON dossiers ((coalesce(received_at, submitted_at)));
CREATE INDEX dossiers_decided_idx ON dossiers (decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX attachments_dossier_kind_idx ON attachments (dossier_id, kind);
