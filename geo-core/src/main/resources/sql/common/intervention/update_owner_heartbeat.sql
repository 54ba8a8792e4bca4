UPDATE import_owner SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?
