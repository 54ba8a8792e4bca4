-- The failures of one key after a time (attempts in flight included: they are counted before their check).
SELECT COUNT(*)
FROM sign_in_failure
WHERE throttle_key = ? AND failed_at > ?
