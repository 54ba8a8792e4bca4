package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TerritoryStores;

class H2gisLocatorAgreementTest extends LocatorAgreementContract {
    @Override
    protected Database storeWithTerritory() {
        return TerritoryStores.h2gis();
    }
}
