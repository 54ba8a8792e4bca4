package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TerritoryStores;

class H2gisTerritoryRepositoryTest extends TerritoryRepositoryContract {
    @Override
    protected Database storeWithTerritory() {
        return TerritoryStores.h2gis();
    }
}
