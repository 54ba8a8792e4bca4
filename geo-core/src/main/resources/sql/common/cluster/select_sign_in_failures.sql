-- The newest failures of one key after a time, newest first, at most the number given.
SELECT failed_at
FROM sign_in_failure
WHERE throttle_key = ? AND failed_at > ?
ORDER BY failed_at DESC
FETCH FIRST ? ROWS ONLY
