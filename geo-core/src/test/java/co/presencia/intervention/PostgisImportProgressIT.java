package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class PostgisImportProgressIT extends ImportProgressContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.postgis();
    }
}
