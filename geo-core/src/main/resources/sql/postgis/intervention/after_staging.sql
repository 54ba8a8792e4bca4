-- Fresh statistics for the temporary table (autovacuum never analyses temp tables), so the planner hash-joins.
ANALYZE intervention_staging;
