INSERT INTO sign_in_failure (throttle_key, failed_at) VALUES (?, ?)
