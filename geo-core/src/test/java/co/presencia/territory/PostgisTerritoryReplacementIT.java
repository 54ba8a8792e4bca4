package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class PostgisTerritoryReplacementIT extends TerritoryReplacementContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.postgis();
    }
}
