INSERT INTO territory (group_id, id, name, position) VALUES (?, ?, ?, ?)
