package co.presencia.spatial.sql;

import co.presencia.testing.TestDatabases;

class PostgisSchemaMigratorIT extends SchemaMigratorContract {
    @Override
    protected Database emptyDatabase() {
        return TestDatabases.emptyPostgis();
    }
}
