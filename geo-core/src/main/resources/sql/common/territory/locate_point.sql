-- The municipality holding a lon/lat point. Border rule: smallest code among the polygons whose closed area
-- contains the point (the same rule as the in-memory MunicipalityLocator). && lets both engines use the
-- spatial index before the exact test.
WITH p AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS pt)
SELECT m.code FROM municipality m, p
WHERE m.geom && p.pt AND ST_Intersects(m.geom, p.pt)
ORDER BY m.code
LIMIT 1
