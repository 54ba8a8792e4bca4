DELETE FROM sign_in_failure WHERE throttle_key = ?
