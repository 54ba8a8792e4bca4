/*
 * Every request that feeds the page goes through one loader. Requests run on named channels ("view", "detail"): a
 * new run on a channel aborts the one before it (AbortController) and takes a new generation number, and a run's
 * result is applied only while its generation is still the channel's current one. So a slow answer to an old
 * selection can never overwrite a newer one, even when the server ignores the abort. No DOM: fetch is injected, so
 * tests drive it with a fake.
 */

/** A failed request: the URL, the HTTP status and the problem document's detail when there is one. */
export class RequestError extends Error {
  constructor(url, status, detail) {
    super(url + ': ' + status + ' ' + detail);
    this.name = 'RequestError';
    this.url = url;
    this.status = status;
  }
}

/** Whether an error only says that a request was aborted on purpose. */
export function isAbort(error) {
  return error != null && error.name === 'AbortError';
}

/**
 * GET {@code url} as JSON with {@code fetchImpl}, aborted by {@code signal}; a non-2xx answer throws a RequestError.
 * A request the network failed (fetch rejects with a TypeError, or the body is cut while read: an instance behind the
 * balancer died mid-answer, a connection dropped) is sent once more, as the balancer cannot replay an answer that had
 * begun; an HTTP error or an abort is never repeated.
 */
export async function fetchJson(fetchImpl, url, signal) {
  try {
    return await fetchJsonOnce(fetchImpl, url, signal);
  } catch (error) {
    if (!isNetworkFailure(error) || (signal && signal.aborted)) {
      throw error;
    }
    return fetchJsonOnce(fetchImpl, url, signal);
  }
}

/** Whether {@code error} is what fetch raises when the network failed (not an HTTP status, not an abort). */
export function isNetworkFailure(error) {
  return error instanceof TypeError;
}

async function fetchJsonOnce(fetchImpl, url, signal) {
  const response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail || detail;
    } catch (e) {
      // not a problem document
    }
    throw new RequestError(url, response.status, detail);
  }
  return response.json();
}

/**
 * A loader over {@code fetchImpl} (window.fetch in the page). {@code onBusy(busy)} is told when the number of runs in
 * flight goes from 0 to 1 and back, so the page can say when it is loading.
 */
export function createLoader(fetchImpl, onBusy) {
  const current = new Map(); // channel -> { generation, controller } of its newest run
  let inFlight = 0;

  const changeInFlight = delta => {
    const wasBusy = inFlight > 0;
    inFlight += delta;
    if (onBusy && wasBusy !== inFlight > 0) {
      onBusy(inFlight > 0);
    }
  };

  return {
    /**
     * Runs {@code task(getJson, signal)} on {@code channel}, first aborting the channel's previous run. When the task
     * settles and this run is still the channel's newest, {@code apply(result)} is called and the promise resolves
     * true; a superseded run resolves false and applies nothing (its errors, aborts included, are dropped). An error
     * of the newest run rejects the promise.
     */
    async run(channel, task, apply) {
      const previous = current.get(channel);
      if (previous) {
        previous.controller.abort();
      }
      const ticket = { generation: previous ? previous.generation + 1 : 1, controller: new AbortController() };
      current.set(channel, ticket);
      const isCurrent = () => current.get(channel) === ticket;
      const getJson = url => fetchJson(fetchImpl, url, ticket.controller.signal);
      changeInFlight(1);
      try {
        const result = await task(getJson, ticket.controller.signal);
        if (!isCurrent()) {
          return false;
        }
        apply(result);
        return true;
      } catch (error) {
        if (!isCurrent() || isAbort(error)) {
          return false;
        }
        throw error;
      } finally {
        changeInFlight(-1);
      }
    },

    /** The generation of the channel's newest run (0 before the first). */
    generation(channel) {
      const ticket = current.get(channel);
      return ticket ? ticket.generation : 0;
    },

    /** Whether any run is in flight. */
    get busy() {
      return inFlight > 0;
    }
  };
}
