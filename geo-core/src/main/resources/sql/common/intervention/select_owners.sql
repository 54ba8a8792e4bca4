-- Every process that runs imports, with its last heartbeat by the database's clock.
SELECT id, host, pid, heartbeat_at, CURRENT_TIMESTAMP AS now FROM import_owner
