-- DIVIPOLA beside the MGN (ADR 0005): a unit DANE has coded but no loaded MGN draws yet (27493 Nuevo Belén de
-- Bajirá) is stored without geometry; the seat (cabecera) location DIVIPOLA gives; every name a unit is known by in
-- DANE's tables, for matching (display uses municipality.name).
ALTER TABLE municipality ALTER COLUMN geom DROP NOT NULL;
ALTER TABLE municipality ADD COLUMN seat_longitude DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN seat_latitude DOUBLE PRECISION;

CREATE TABLE place_name (
    kind     VARCHAR(12) NOT NULL,
    code     VARCHAR(5) NOT NULL,
    position INTEGER NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (kind, code, position)
);
