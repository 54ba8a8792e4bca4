SELECT id, name, indicator, group_id, dataset_id, years, axes, programs, sizes, departments, target_value FROM coverage_target ORDER BY id
