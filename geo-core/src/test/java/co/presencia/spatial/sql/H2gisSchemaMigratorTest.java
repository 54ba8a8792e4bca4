package co.presencia.spatial.sql;

import co.presencia.testing.TestDatabases;

class H2gisSchemaMigratorTest extends SchemaMigratorContract {
    @Override
    protected Database emptyDatabase() {
        return TestDatabases.emptyH2gis();
    }
}
