package co.presencia.web.system;

import co.presencia.application.WorkLimit;

/**
 * The turns of this instance's expensive work besides static maps (whose turns are the core's
 * {@link co.presencia.application.StaticMaps}): files, printable documents, large OGC feature pages. An endpoint
 * runs its work through its lane; beyond the lane's turns and wait the answer is 503 with {@code Retry-After}.
 *
 * @param downloads     {@code /api/v1/downloads/...}
 * @param documents     {@code /api/v1/profiles/{code}.pdf}
 * @param pages         {@code /ogc/collections/{id}/items} with a {@code limit} above {@code pageThreshold}
 * @param pageThreshold the {@code limit} above which a feature page is expensive
 */
public record ExpensiveWork(WorkLimit downloads, WorkLimit documents, WorkLimit pages, int pageThreshold) {

    static ExpensiveWork of(LimitProperties limits) {
        return new ExpensiveWork(limits.downloads().toLimit("downloads"), limits.documents().toLimit("documents"),
                limits.pages().toLimit("pages"), limits.pages().threshold());
    }
}
