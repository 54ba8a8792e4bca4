-- A queued job starts: only while it is still queued (a job found interrupted meanwhile stays so).
UPDATE import_job SET status = 'RUNNING', file_sha256 = ?, started_at = ?, owner_id = ?
WHERE id = ? AND status = 'QUEUED'
