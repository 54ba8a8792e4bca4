DELETE FROM sign_in_failure WHERE failed_at <= ?
