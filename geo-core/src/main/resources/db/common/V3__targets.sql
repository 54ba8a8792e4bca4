-- Territorial targets defined by an administrator through the API (targets from configuration are not stored).
CREATE TABLE coverage_target (
    id           VARCHAR(64) PRIMARY KEY,
    name         VARCHAR(300) NOT NULL,
    indicator    VARCHAR(60) NOT NULL,
    group_id     VARCHAR(64),
    dataset_id   VARCHAR(64),
    years        VARCHAR(200) NOT NULL,
    axes         VARCHAR(400),
    programs     VARCHAR(4000),
    sizes        VARCHAR(200),
    departments  VARCHAR(400),
    target_value DOUBLE PRECISION NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
