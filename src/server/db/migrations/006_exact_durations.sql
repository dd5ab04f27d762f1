-- Durations are exact (README, Decisions: "Durations are exact, stored in milliseconds").
--
-- Paused working time was whole minutes, but a supplement requested at 09:12:31.417 and
-- received at 14:03:05.982 paused a fraction of a minute, and writing it failed. Every
-- stored duration is now whole milliseconds (the precision of the instants the API
-- computes with); screens round for display.
ALTER TABLE dossiers ADD COLUMN paused_working_ms bigint NOT NULL DEFAULT 0 CHECK (paused_working_ms >= 0);
UPDATE dossiers SET paused_working_ms = paused_minutes::bigint * 60000 WHERE paused_minutes <> 0;
ALTER TABLE dossiers DROP COLUMN paused_minutes;

-- Catalogues write fractional durations: "0,5 ngày làm việc", "4,5 giờ làm việc".
ALTER TABLE procedures ALTER COLUMN duration_amount TYPE numeric(8, 2);

-- The original appointment is the one given at receipt (form 04 shows it, also after a
-- second apology). It used to be filled only by the first apology, with the appointment
-- of that moment (already moved by any supplement pause): take it from the receipt event.
UPDATE dossiers d SET original_appointment_at = r.appointment_at
FROM (
  SELECT DISTINCT ON (e.dossier_id) e.dossier_id, (e.details ->> 'appointmentAt')::timestamptz AS appointment_at
  FROM dossier_events e
  WHERE e.action IN ('receive', 'accept_online') AND e.details ? 'appointmentAt'
  ORDER BY e.dossier_id, e.seq
) r
WHERE r.dossier_id = d.id;
