-- The rejections of a job, forgotten when its import starts over (a direct load that met a repeated id).
DELETE FROM import_reject WHERE job_id = ?
