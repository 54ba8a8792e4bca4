package co.presencia.coverage;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;

class PostgisCoverageAgreementIT extends CoverageAgreementContract {
    @Override
    protected Database newDatabase() {
        return TestDatabases.postgis();
    }
}
