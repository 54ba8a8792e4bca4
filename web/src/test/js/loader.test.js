import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RequestError, createLoader, fetchJson, isAbort, isNetworkFailure } from '../../main/resources/static/map/loader.js';
import { fakeFetch, response, settle } from './fake-server.js';

test('a newer run aborts the one before it on the same channel', async () => {
  const server = fakeFetch();
  const loader = createLoader(server.fetch);
  const applied = [];
  const first = loader.run('view', getJson => getJson('/api?axis=calidad'), v => applied.push(v));
  const second = loader.run('view', getJson => getJson('/api?axis=productividad'), v => applied.push(v));
  assert.equal(server.requests[0].signal.aborted, true);
  assert.equal(server.requests[1].signal.aborted, false);
  server.answer('productividad', { axis: 'productividad' });
  assert.equal(await first, false, 'the aborted run applies nothing');
  assert.equal(await second, true);
  assert.deepEqual(applied, [{ axis: 'productividad' }]);
  assert.equal(loader.generation('view'), 2);
});

test('a slow answer to an old selection never overwrites a newer one, even when the server ignores the abort', async () => {
  // This fetch ignores the signal, as a server or proxy that answers anyway would.
  const pending = [];
  const deaf = url => new Promise(resolve => pending.push({ url, resolve }));
  const loader = createLoader(deaf);
  let shown = null;
  const old = loader.run('view', getJson => getJson('/api?axis=calidad'), v => { shown = v; });
  const current = loader.run('view', getJson => getJson('/api?axis=productividad'), v => { shown = v; });
  pending[1].resolve(response('productividad'));
  assert.equal(await current, true);
  assert.equal(shown, 'productividad');
  pending[0].resolve(response('calidad')); // arrives last
  assert.equal(await old, false);
  assert.equal(shown, 'productividad');
});

test('channels are independent: a detail request does not abort the view', async () => {
  const server = fakeFetch();
  const loader = createLoader(server.fetch);
  const view = loader.run('view', getJson => getJson('/view'), () => {});
  const detail = loader.run('detail', getJson => getJson('/municipalities/05001'), () => {});
  assert.equal(server.requests[0].signal.aborted, false);
  server.answer('/view', {});
  server.answer('/municipalities', {});
  assert.deepEqual([await view, await detail], [true, true]);
});

test('every request of a task shares its signal, so all of a superseded view is aborted', async () => {
  const server = fakeFetch();
  const loader = createLoader(server.fetch);
  const first = loader.run('view', getJson => Promise.all([getJson('/a'), getJson('/b'), getJson('/c')]), () => {});
  loader.run('view', getJson => getJson('/d'), () => {});
  assert.deepEqual(server.requests.slice(0, 3).map(r => r.signal.aborted), [true, true, true]);
  assert.equal(await first, false);
});

test('the error of the newest run rejects; errors of superseded runs are dropped', async () => {
  const server = fakeFetch();
  const loader = createLoader(server.fetch);
  const old = loader.run('view', async getJson => {
    await getJson('/old');
    throw new Error('should not be seen');
  }, () => {});
  const current = loader.run('view', getJson => getJson('/coverage?year=1800'), () => assert.fail('not applied'));
  server.answer('/coverage', { detail: "Parameter 'year' must be between 2000 and 2100" }, 400);
  await assert.rejects(current, e => e instanceof RequestError && e.status === 400 && /'year' must be between/.test(e.message));
  assert.equal(await old, false);
});

test('busy is reported when the first run starts and when the last one ends', async () => {
  const server = fakeFetch();
  const changes = [];
  const loader = createLoader(server.fetch, busy => changes.push(busy));
  const a = loader.run('view', getJson => getJson('/a'), () => {});
  const b = loader.run('detail', getJson => getJson('/b'), () => {});
  assert.equal(loader.busy, true);
  server.answer('/b', {});
  await b;
  assert.deepEqual(changes, [true]);
  server.answer('/a', {});
  await a;
  await settle();
  assert.deepEqual(changes, [true, false]);
  assert.equal(loader.busy, false);
});

test('fetchJson asks for JSON and names the URL, status and problem detail of a failure', async () => {
  let seen = null;
  const ok = await fetchJson((url, init) => { seen = init; return Promise.resolve(response({ a: 1 })); }, '/x', null);
  assert.deepEqual(ok, { a: 1 });
  assert.equal(seen.headers.Accept, 'application/json');
  const notProblem = { ok: false, status: 502, statusText: 'Bad Gateway', json: async () => { throw new SyntaxError('html'); } };
  await assert.rejects(fetchJson(() => Promise.resolve(notProblem), '/y', null), { message: '/y: 502 Bad Gateway' });
  assert.equal(isAbort(Object.assign(new Error(), { name: 'AbortError' })), true);
  assert.equal(isAbort(new Error('x')), false);
});

test('fetchJson sends a request the network failed once more, and never repeats an HTTP error or an abort', async () => {
  const attempts = [];
  const cutOnce = url => {
    attempts.push(url);
    if (attempts.length === 1) {
      // As the browser reports a body cut mid-answer (an instance killed behind the balancer).
      return Promise.resolve({ ok: true, status: 200, json: async () => { throw new TypeError('network error'); } });
    }
    return Promise.resolve(response({ served: attempts.length }));
  };
  assert.deepEqual(await fetchJson(cutOnce, '/g', null), { served: 2 });
  assert.equal(attempts.length, 2);

  let refused = 0;
  const down = () => { refused++; return Promise.reject(new TypeError('Failed to fetch')); };
  await assert.rejects(fetchJson(down, '/g', null), TypeError);
  assert.equal(refused, 2, 'one repeat, not more');

  let errors = 0;
  const failing = () => { errors++; return Promise.resolve(response({ detail: 'no' }, 503, 'Service Unavailable')); };
  await assert.rejects(fetchJson(failing, '/g', null), RequestError);
  assert.equal(errors, 1, 'an HTTP error is the server\'s answer, not repeated');

  let aborted = 0;
  const controller = new AbortController();
  const abortedFetch = () => { aborted++; controller.abort(); return Promise.reject(new TypeError('network error')); };
  await assert.rejects(fetchJson(abortedFetch, '/g', controller.signal), TypeError);
  assert.equal(aborted, 1, 'a request the page gave up is not sent again');
  assert.equal(isNetworkFailure(new TypeError('x')), true);
  assert.equal(isNetworkFailure(Object.assign(new Error(), { name: 'AbortError' })), false);
});
