SELECT kind, code, description FROM reference_load_issue ORDER BY position
