package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TerritoryStores;

class PostgisTerritoryRepositoryIT extends TerritoryRepositoryContract {
    @Override
    protected Database storeWithTerritory() {
        return TerritoryStores.postgis();
    }
}
