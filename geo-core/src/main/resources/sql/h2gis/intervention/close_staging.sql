-- After the import transaction (autocommit again): the staging table goes.
DROP TABLE IF EXISTS intervention_staging;
