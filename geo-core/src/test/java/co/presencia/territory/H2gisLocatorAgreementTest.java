package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class H2gisLocatorAgreementTest extends LocatorAgreementContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.h2gis();
    }
}
