-- Ends a job whose process is gone; only if it has not ended meanwhile.
UPDATE import_job SET status = 'INTERRUPTED', finished_at = ?, message = ?
WHERE id = ? AND status IN ('QUEUED', 'RUNNING')
