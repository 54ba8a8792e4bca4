DELETE FROM intervention_staging
WHERE record_id IN (SELECT d.record_id FROM intervention_staging d GROUP BY d.record_id HAVING COUNT(*) > 1)
