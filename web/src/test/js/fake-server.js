// A fake fetch for the loader tests: answers are held until the test releases them, in any order, and every request
// (URL and abort signal) is recorded.

/** A response like fetch's: ok, status, statusText and json(). */
export function response(body, status = 200, statusText = 'OK') {
  return { ok: status >= 200 && status < 300, status, statusText, json: async () => body };
}

export function fakeFetch() {
  const requests = [];
  const fetch = (url, init) => new Promise((resolve, reject) => {
    const request = { url, signal: init && init.signal, resolve, reject };
    requests.push(request);
    if (request.signal) {
      // Like the browser: an abort rejects the pending request with an AbortError.
      request.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
    }
  });
  return {
    fetch,
    requests,
    /** Answers the first pending request whose URL contains {@code part}. */
    answer(part, body, status) {
      const request = requests.find(r => r.url.includes(part) && !r.done);
      if (!request) {
        throw new Error('No pending request for ' + part + ' among ' + requests.map(r => r.url).join(', '));
      }
      request.done = true;
      request.resolve(response(body, status));
    }
  };
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise(resolve => setTimeout(resolve, 0));
