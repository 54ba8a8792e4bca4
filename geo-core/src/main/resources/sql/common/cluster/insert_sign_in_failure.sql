INSERT INTO sign_in_failure (attempt_id, throttle_key, failed_at) VALUES (?, ?, ?)
