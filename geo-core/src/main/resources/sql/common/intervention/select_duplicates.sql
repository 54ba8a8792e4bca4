-- Every row whose record id occurs more than once in the file, in id and line order.
SELECT s.record_id, s.source_line, s.placement
FROM intervention_staging s
WHERE s.record_id IN (SELECT d.record_id FROM intervention_staging d GROUP BY d.record_id HAVING COUNT(*) > 1)
ORDER BY s.record_id, s.source_line
