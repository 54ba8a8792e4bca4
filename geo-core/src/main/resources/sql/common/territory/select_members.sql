SELECT group_id, territory_id, municipality_code FROM territory_member ORDER BY group_id, territory_id, municipality_code
