INSERT INTO dataset (id, name, synthetic, created_at) VALUES (?, ?, ?, ?)
