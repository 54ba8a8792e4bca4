SELECT fingerprint, loaded_at, municipal_source, municipal_crs, municipal_encoding, field_convention, department_source,
       municipalities, departments, vertices, coverage_gaps, duration_millis
FROM reference_load WHERE id = 1
