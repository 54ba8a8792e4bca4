package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class PostgisImportOutcomeIT extends ImportOutcomeContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.postgis();
    }
}
