package co.presencia.coverage;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TerritoryStores;

class PostgisCoverageAgreementIT extends CoverageAgreementContract {
    @Override
    protected Database storeWithTerritory() {
        return TerritoryStores.postgis();
    }
}
