package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class H2gisImportProgressTest extends ImportProgressContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.h2gis();
    }
}
