-- Intake at scanner speed: what the citizen ID card (CCCD) tells about the applicant and
-- the submitter, checklist items digitised by reusing the same person's earlier scan, and
-- the look-ups behind the person's page, the duplicate warning and the "Chưa số hóa" queue.

ALTER TABLE dossiers
  ADD COLUMN applicant_birth_date date,
  ADD COLUMN applicant_gender text CHECK (applicant_gender IN ('male', 'female')),
  ADD COLUMN submitter_birth_date date,
  ADD COLUMN submitter_gender text CHECK (submitter_gender IN ('male', 'female')),
  ADD COLUMN submitter_address text;

-- A checklist item is digitised by its own scans (attachments.dossier_document_id) or by
-- reusing an earlier dossier's scanned item of the same person (src/domain/digitisation.ts).
-- Its version guards that choice (optimistic concurrency) without touching the dossier's.
ALTER TABLE dossier_documents
  ADD COLUMN reused_from_document_id uuid REFERENCES dossier_documents(id),
  ADD COLUMN version integer NOT NULL DEFAULT 1;

-- The person's page and reusable documents: every dossier of one ID number.
CREATE INDEX dossiers_applicant_id_number_idx ON dossiers (applicant_id_number) WHERE applicant_id_number IS NOT NULL;
CREATE INDEX dossiers_submitter_id_number_idx ON dossiers (submitter_id_number) WHERE submitter_id_number IS NOT NULL;
-- The duplicate warning without an ID number: same procedure and date of birth, then the name.
CREATE INDEX dossiers_procedure_birth_date_idx ON dossiers (procedure_id, applicant_birth_date) WHERE applicant_birth_date IS NOT NULL;
-- Digitisation per item (the 766 figure, the queue, the dossier page).
CREATE INDEX attachments_document_idx ON attachments (dossier_document_id) WHERE dossier_document_id IS NOT NULL;
CREATE INDEX dossier_documents_reused_idx ON dossier_documents (reused_from_document_id) WHERE reused_from_document_id IS NOT NULL;
