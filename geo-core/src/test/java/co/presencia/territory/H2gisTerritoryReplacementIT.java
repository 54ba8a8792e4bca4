package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class H2gisTerritoryReplacementIT extends TerritoryReplacementContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.h2gis();
    }
}
