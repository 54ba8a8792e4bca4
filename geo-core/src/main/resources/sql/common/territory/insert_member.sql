INSERT INTO territory_member (group_id, territory_id, municipality_code) VALUES (?, ?, ?)
