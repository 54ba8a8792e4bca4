package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class PostgisTerritoryRepositoryIT extends TerritoryRepositoryContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.postgis();
    }
}
