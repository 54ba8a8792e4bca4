package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class PostgisLargeImportIT extends LargeImportContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.postgis();
    }
}
