-- Reference territory: MGN boundaries, DIVIPOLA attributes, DANE population, territory groups.
CREATE TABLE department (
    code      VARCHAR(2) PRIMARY KEY,
    name      VARCHAR(120) NOT NULL,
    area_km2  DOUBLE PRECISION NOT NULL,
    geom      geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX department_geom_idx ON department USING GIST (geom);

CREATE TABLE municipality (
    code               VARCHAR(5) PRIMARY KEY,
    name               VARCHAR(160) NOT NULL,
    department_code    VARCHAR(2) NOT NULL REFERENCES department (code),
    type               VARCHAR(40) NOT NULL,
    area_km2           DOUBLE PRECISION NOT NULL,
    rurality           VARCHAR(40),
    city_agglomeration VARCHAR(120),
    first_year         INTEGER,
    last_year          INTEGER,
    successor_code     VARCHAR(5),
    geom               geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX municipality_geom_idx ON municipality USING GIST (geom);
CREATE INDEX municipality_department_idx ON municipality (department_code);

CREATE TABLE municipality_population (
    code       VARCHAR(5) NOT NULL REFERENCES municipality (code),
    pop_year   INTEGER NOT NULL,
    population BIGINT NOT NULL,
    PRIMARY KEY (code, pop_year)
);

CREATE TABLE territory_group (
    id       VARCHAR(64) PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(30) NOT NULL,
    source   VARCHAR(400),
    position INTEGER NOT NULL
);

CREATE TABLE territory (
    group_id VARCHAR(64) NOT NULL REFERENCES territory_group (id),
    id       VARCHAR(120) NOT NULL,
    name     VARCHAR(200) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, id)
);

CREATE TABLE territory_member (
    group_id          VARCHAR(64) NOT NULL,
    territory_id      VARCHAR(120) NOT NULL,
    municipality_code VARCHAR(5) NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (group_id, territory_id, municipality_code),
    FOREIGN KEY (group_id, territory_id) REFERENCES territory (group_id, id)
);
CREATE INDEX territory_member_municipality_idx ON territory_member (municipality_code);

CREATE TABLE reference_load (
    id                 INTEGER PRIMARY KEY,
    fingerprint        VARCHAR(64) NOT NULL,
    loaded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    municipal_source   VARCHAR(400),
    municipal_crs      VARCHAR(400),
    municipal_encoding VARCHAR(40),
    field_convention   VARCHAR(200),
    department_source  VARCHAR(400),
    municipalities     INTEGER NOT NULL,
    departments        INTEGER NOT NULL,
    vertices           BIGINT NOT NULL,
    coverage_gaps      INTEGER NOT NULL,
    duration_millis    BIGINT NOT NULL
);

CREATE TABLE reference_load_issue (
    position    INTEGER PRIMARY KEY,
    kind        VARCHAR(20) NOT NULL,
    code        VARCHAR(5),
    description VARCHAR(2000) NOT NULL
);
