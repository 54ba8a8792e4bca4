package co.presencia.application;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class H2gisImportJobsTest extends ImportJobsContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.h2gis();
    }
}
