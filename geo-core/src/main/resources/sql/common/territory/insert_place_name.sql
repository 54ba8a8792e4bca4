INSERT INTO place_name (kind, code, position, name) VALUES (?, ?, ?, ?)
