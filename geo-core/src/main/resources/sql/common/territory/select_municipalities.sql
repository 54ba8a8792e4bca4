SELECT code, name, department_code, type, area_km2, rurality, city_agglomeration, first_year, last_year, successor_code,
       ST_AsBinary(geom) AS wkb, seat_longitude, seat_latitude
FROM municipality ORDER BY code
