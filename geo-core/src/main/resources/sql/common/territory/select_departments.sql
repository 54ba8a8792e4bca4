SELECT code, name, area_km2, ST_AsBinary(geom) AS wkb FROM department ORDER BY code
