package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TerritoryStores;

class PostgisLocatorAgreementIT extends LocatorAgreementContract {
    @Override
    protected Database storeWithTerritory() {
        return TerritoryStores.postgis();
    }
}
