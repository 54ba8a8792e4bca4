-- A running job's progress, readable from every instance on the store (issue 13 §5). The importer writes the last
-- snapshot of its run here, at most about once a second and at each change of phase, on a connection of its own
-- (never in the import's transaction) and only while the job is RUNNING; a failed write is ignored. Null until the
-- first snapshot. Once the job ended these columns keep its last snapshot and mean nothing more: the job's end
-- (status, rows_read, rows_rejected …) is the truth.
-- progress_phase: READING or MERGING (ImportProgress.Phase); progress_rows: data rows read so far;
-- progress_rejected: rows rejected so far; progress_bytes: bytes of the file consumed (-1 when the format cannot
-- tell, e.g. XLSX); progress_file_bytes: the file's size.
ALTER TABLE import_job ADD COLUMN progress_phase VARCHAR(10);
ALTER TABLE import_job ADD COLUMN progress_rows BIGINT;
ALTER TABLE import_job ADD COLUMN progress_rejected BIGINT;
ALTER TABLE import_job ADD COLUMN progress_bytes BIGINT;
ALTER TABLE import_job ADD COLUMN progress_file_bytes BIGINT;
