DELETE FROM import_owner WHERE id = ?
