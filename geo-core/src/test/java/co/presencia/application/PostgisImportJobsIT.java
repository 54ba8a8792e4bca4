package co.presencia.application;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class PostgisImportJobsIT extends ImportJobsContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.postgis();
    }
}
