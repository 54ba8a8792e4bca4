INSERT INTO reference_load_issue (position, kind, code, description) VALUES (?, ?, ?, ?)
