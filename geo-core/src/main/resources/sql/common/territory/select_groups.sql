SELECT id, name, kind, source FROM territory_group ORDER BY position
