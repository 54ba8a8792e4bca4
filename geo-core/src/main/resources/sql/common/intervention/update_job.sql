UPDATE import_job
SET status = ?, finished_at = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?, inserted = ?, updated = ?,
    unchanged = ?, removed = ?, message = ?, file_format = ?, encoding = ?, delimiter = ?
WHERE id = ?
