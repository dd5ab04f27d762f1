-- Several server processes may run the notification dispatcher on one database. Each claims
-- the messages it will send (rows locked with SKIP LOCKED, so two dispatchers never take
-- the same one) by setting `claimed_until`; the claim lapses if its process dies before
-- recording the result, and the message is sent by another.
ALTER TABLE notifications ADD COLUMN claimed_until timestamptz;
DROP INDEX notifications_pending_idx;
CREATE INDEX notifications_pending_idx ON notifications (created_at) WHERE status = 'pending';
