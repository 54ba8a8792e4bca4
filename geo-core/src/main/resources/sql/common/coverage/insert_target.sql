INSERT INTO coverage_target (id, name, indicator, group_id, dataset_id, years, axes, programs, sizes, departments, target_value, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
