UPDATE dataset SET interventions = ?, beneficiaries = ?, municipalities = ?, content_checksum = ? WHERE id = ?
