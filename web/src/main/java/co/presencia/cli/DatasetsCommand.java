package co.presencia.cli;

import co.presencia.intervention.DatasetSummary;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code presencia datasets}: the stored datasets, one line each, as {@code Datasets.list} gives them. */
@Command(name = "datasets",
        description = {"Lista los conjuntos de datos con sus cifras.", "Lists the datasets with their figures."})
final class DatasetsCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    StoreOptions store;

    DatasetsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        try (Store opened = store.open(invocation)) {
            for (DatasetSummary d : opened.presencia().datasets().list()) {
                invocation.out().printf(Locale.ROOT, "%-24s %-34s %9d intervenciones %8d beneficiarios %5d municipios  %s%s%n",
                        d.id(), d.name(), d.interventions(), d.beneficiaries(), d.municipalities(),
                        d.lastImportAt() == null ? "sin importar" : d.lastImportAt(), d.synthetic() ? "  [sintético]" : "");
            }
            return ExitCodes.OK;
        }
    }
}
