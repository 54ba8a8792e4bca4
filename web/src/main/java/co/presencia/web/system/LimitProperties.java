package co.presencia.web.system;

import co.presencia.application.StaticMaps;
import co.presencia.application.WorkLimit;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code presencia.limits.*}: how much expensive work one instance does at once, so that one client
 * asking for many maps, files or documents slows down only that kind of work (beyond it: 503 with
 * {@code Retry-After}). A setting left out takes the default named here.
 *
 * @param maps      static maps ({@code /api/v1/maps/...}): widest map (2,500 px), renders at once (2), wait for a
 *                  turn (3 s), bytes of drawn maps kept (64 MB)
 * @param downloads files ({@code /api/v1/downloads/...}): 2 at once, 3 s of wait
 * @param documents printable documents ({@code /api/v1/profiles/{code}.pdf}): 2 at once, 3 s of wait
 * @param pages     OGC feature pages whose {@code limit} is above {@code aboveLimit} (1,000): 4 at once, 3 s of wait
 */
@ConfigurationProperties("presencia.limits")
public record LimitProperties(Maps maps, Lane downloads, Lane documents, Pages pages) {

    public LimitProperties {
        maps = maps == null ? new Maps(null, null, null, null) : maps;
        downloads = downloads == null ? new Lane(null, null) : downloads;
        documents = documents == null ? new Lane(null, null) : documents;
        pages = pages == null ? new Pages(null, null, null) : pages;
    }

    /** {@code presencia.limits.maps.*}. */
    public record Maps(Integer maxWidth, Integer concurrent, Duration queueWait, Long keptBytes) {
        public StaticMaps.Limits toLimits() {
            StaticMaps.Limits d = StaticMaps.Limits.SERVER;
            return new StaticMaps.Limits(maxWidth == null ? d.maxWidth() : maxWidth,
                    concurrent == null ? d.concurrentRenders() : concurrent,
                    queueWait == null ? d.queueWait() : queueWait, keptBytes == null ? d.keptBytes() : keptBytes);
        }
    }

    /** One kind of work: {@code concurrent} at once (default 2), waiting at most {@code queueWait} (default 3 s). */
    public record Lane(Integer concurrent, Duration queueWait) {
        WorkLimit toLimit(String work) {
            return new WorkLimit(work, concurrent == null ? 2 : concurrent, queueWait == null ? Duration.ofSeconds(3) : queueWait);
        }
    }

    /** Large OGC feature pages: above {@code aboveLimit} features (default 1,000), 4 at once, 3 s of wait. */
    public record Pages(Integer aboveLimit, Integer concurrent, Duration queueWait) {
        int threshold() {
            return aboveLimit == null ? 1000 : aboveLimit;
        }

        WorkLimit toLimit(String work) {
            return new WorkLimit(work, concurrent == null ? 4 : concurrent, queueWait == null ? Duration.ofSeconds(3) : queueWait);
        }
    }
}
