package co.presencia.coverage;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class H2gisCoverageAgreementTest extends CoverageAgreementContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.h2gis();
    }
}
