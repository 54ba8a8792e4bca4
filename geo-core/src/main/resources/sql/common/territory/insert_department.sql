INSERT INTO department (code, name, area_km2, geom) VALUES (?, ?, ?, ST_GeomFromWKB(?, 4326))
