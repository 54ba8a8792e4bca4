-- Jobs that have not ended, with their owner's last heartbeat by the database's clock (null: no such owner).
SELECT j.id, j.status, j.owner_id, o.host, o.pid, o.heartbeat_at, CURRENT_TIMESTAMP AS now
FROM import_job j LEFT JOIN import_owner o ON o.id = j.owner_id
WHERE j.status IN ('QUEUED', 'RUNNING')
