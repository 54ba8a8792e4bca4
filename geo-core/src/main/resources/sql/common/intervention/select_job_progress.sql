SELECT status, rows_read, rows_rejected, progress_phase, progress_rows, progress_rejected, progress_bytes,
       progress_file_bytes
FROM import_job
WHERE id = ?
