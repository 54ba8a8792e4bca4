SELECT id, name, synthetic, interventions, beneficiaries, municipalities, created_at, last_import_at, last_file_name,
       content_checksum
FROM dataset
ORDER BY id
