SELECT group_id, id, name FROM territory ORDER BY group_id, position
