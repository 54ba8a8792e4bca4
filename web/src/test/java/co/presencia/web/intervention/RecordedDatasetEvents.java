package co.presencia.web.intervention;

import co.presencia.application.Datasets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every dataset the core reports changed, from whichever thread changes it (tests import it as a bean). */
class RecordedDatasetEvents {

    final List<String> changed = new CopyOnWriteArrayList<>();

    RecordedDatasetEvents(Datasets datasets) {
        datasets.onChange(changed::add);
    }
}
