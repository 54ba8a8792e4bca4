UPDATE dataset
SET interventions = ?, beneficiaries = ?, municipalities = ?, content_checksum = ?, last_import_at = ?, last_file_name = ?
WHERE id = ?
