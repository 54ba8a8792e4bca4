package co.presencia.coverage;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TerritoryStores;

class H2gisSectorAgreementTest extends SectorAgreementContract {
    @Override
    protected Database storeWithTerritory() {
        return TerritoryStores.h2gis();
    }
}
