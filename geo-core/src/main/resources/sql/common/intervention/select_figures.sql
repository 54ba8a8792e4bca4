-- A dataset's figures and its order-independent content fingerprint inputs (row count and exact sum of row hashes).
SELECT COUNT(*) AS interventions, COUNT(DISTINCT beneficiary_id) AS beneficiaries,
       COUNT(DISTINCT municipality_code) AS municipalities, SUM(row_hash) AS hash_sum
FROM intervention
WHERE dataset_id = ?
