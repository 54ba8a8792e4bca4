INSERT INTO municipality (code, name, department_code, type, area_km2, rurality, city_agglomeration, first_year, last_year, successor_code, geom, seat_longitude, seat_latitude)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326), ?, ?)
