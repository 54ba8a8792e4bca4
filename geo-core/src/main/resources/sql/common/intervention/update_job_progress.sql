-- A running job's latest progress snapshot, on a connection of its own; never once the job has ended.
UPDATE import_job
SET progress_phase = ?, progress_rows = ?, progress_rejected = ?, progress_bytes = ?, progress_file_bytes = ?
WHERE id = ? AND status = 'RUNNING'
