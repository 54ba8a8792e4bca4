-- An import that changed no row: its figures and checksum stand; only when and from which file it was imported.
UPDATE dataset
SET last_import_at = ?, last_file_name = ?
WHERE id = ?
