UPDATE dataset SET name = ?, synthetic = ? WHERE id = ?
