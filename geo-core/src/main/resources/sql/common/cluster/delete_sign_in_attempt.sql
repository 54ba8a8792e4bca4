DELETE FROM sign_in_failure WHERE attempt_id = ? AND throttle_key = ?
