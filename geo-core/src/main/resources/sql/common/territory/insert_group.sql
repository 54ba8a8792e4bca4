INSERT INTO territory_group (id, name, kind, source, position) VALUES (?, ?, ?, ?, ?)
