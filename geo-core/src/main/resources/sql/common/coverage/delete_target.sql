DELETE FROM coverage_target WHERE id = ?
