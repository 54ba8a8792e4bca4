INSERT INTO import_owner (id, host, pid, started_at, heartbeat_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
