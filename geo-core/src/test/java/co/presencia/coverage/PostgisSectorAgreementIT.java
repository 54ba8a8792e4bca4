package co.presencia.coverage;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TerritoryStores;

class PostgisSectorAgreementIT extends SectorAgreementContract {
    @Override
    protected Database storeWithTerritory() {
        return TerritoryStores.postgis();
    }
}
