package co.presencia.web.intervention;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** Records every {@link DatasetChangedEvent}, from whichever thread publishes it (tests import it as a bean). */
class RecordedDatasetEvents {

    final List<String> changed = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DatasetChangedEvent event) {
        changed.add(event.datasetId());
    }
}
