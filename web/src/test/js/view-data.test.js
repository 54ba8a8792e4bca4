import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, change } from '../../main/resources/static/map/state.js';
import { EMPTY_VIEW, levelForZoom, loadView } from '../../main/resources/static/map/view-data.js';

const CONFIG = { dataset: 'demo', defaultYear: 2023, years: [2022, 2023], levels: [{ id: 0, minZoom: 0 }, { id: 1, minZoom: 7 }, { id: 2, minZoom: 9 }],
  groups: [{ id: 'pdet', name: 'PDET' }] };

/** A getJson that answers from the URL and records every URL asked. */
function server(config = CONFIG) {
  const calls = [];
  const getJson = async url => {
    calls.push(url);
    if (url.startsWith('/api/v1/map/config')) return config;
    if (url.startsWith('/api/v1/map/geometry/')) return { type: 'FeatureCollection', url, features: [] };
    if (url.startsWith('/api/v1/coverage/municipalities') || url.startsWith('/api/v1/coverage/departments')) {
      return { items: [{ code: url.includes('municipalities') ? '05001' : '05', beneficiaries: 3 }] };
    }
    if (url.startsWith('/api/v1/territory-groups/')) return { territories: [{ municipalities: ['05001', '05002'] }] };
    return { url };
  };
  return { calls, getJson, take: () => calls.splice(0) };
}

const stateOf = search => parseQuery(search).state;

test('the first load asks for the settings and the default year\'s geometry together, then the figures', async () => {
  const s = server();
  const view = await loadView(s.getJson, { state: stateOf(''), level: 0 });
  assert.deepEqual(s.take(), [
    '/api/v1/map/config',
    '/api/v1/map/geometry/municipalities?level=0',
    '/api/v1/map/geometry/groups/departments?level=0',
    '/api/v1/coverage?year=2023',
    '/api/v1/coverage/municipalities?year=2023',
    '/api/v1/coverage/departments?year=2023',
    '/api/v1/summary?year=2023&lang=es',
    '/api/v1/targets'
  ]);
  assert.equal(view.year, '2023');
  assert.equal(view.geometry.key, '0|2023');
  assert.equal(view.figures.mun['05001'].beneficiaries, 3);
  assert.deepEqual(view.overlays, { key: '0|2023|0|0|', pdet: null, zomac: null, group: null });
});

test('a change of classification or colours needs no request and reuses every part', async () => {
  const s = server();
  const first = await loadView(s.getJson, { state: stateOf(''), level: 0 });
  s.take();
  const state = change(change(stateOf(''), 'method', 'jenks'), 'ramp', 'blues');
  const again = await loadView(s.getJson, { state, level: 0 }, first);
  assert.deepEqual(s.take(), []);
  assert.equal(again.geometry, first.geometry);
  assert.equal(again.figures, first.figures);
  assert.notEqual(again, first, 'a new view object; the old one is left as it was');
});

test('a filter change asks for the figures only', async () => {
  const s = server();
  const first = await loadView(s.getJson, { state: stateOf(''), level: 0 });
  s.take();
  await loadView(s.getJson, { state: stateOf('?axis=calidad'), level: 0 }, first);
  assert.deepEqual(s.take().map(u => u.split('?')[0]), ['/api/v1/coverage', '/api/v1/coverage/municipalities',
    '/api/v1/coverage/departments', '/api/v1/summary', '/api/v1/targets']);
});

test('a year or level change asks for that geometry; the settings are kept', async () => {
  const s = server();
  const first = await loadView(s.getJson, { state: stateOf(''), level: 0 });
  s.take();
  const y2022 = await loadView(s.getJson, { state: stateOf('?year=2022'), level: 0 }, first);
  assert.ok(s.take().includes('/api/v1/map/geometry/municipalities?level=0&year=2022'));
  assert.equal(y2022.config, first.config);
  const zoomed = await loadView(s.getJson, { state: stateOf('?year=2022'), level: 1 }, y2022);
  assert.deepEqual(s.take(), ['/api/v1/map/geometry/municipalities?level=1&year=2022', '/api/v1/map/geometry/groups/departments?level=1&year=2022']);
  assert.equal(zoomed.figures, y2022.figures);
});

test('a new dataset asks for its settings first; geometry of an unchanged year is kept', async () => {
  const s = server();
  const first = await loadView(s.getJson, { state: stateOf(''), level: 0 });
  s.take();
  const other = await loadView(s.getJson, { state: stateOf('?dataset=otro'), level: 0 }, first);
  const calls = s.take();
  assert.equal(calls[0], '/api/v1/map/config?dataset=otro');
  assert.ok(!calls.some(u => u.includes('/geometry/')), calls.join(', '));
  assert.equal(other.geometry, first.geometry);
  assert.ok(calls.includes('/api/v1/targets?dataset=otro'));
});

test('when the dataset lacks the default year, the guessed geometry is replaced by its latest year\'s', async () => {
  const s = server({ ...CONFIG, years: [2019, 2021] });
  const view = await loadView(s.getJson, { state: stateOf(''), level: 0 });
  const calls = s.take();
  assert.ok(calls.includes('/api/v1/map/geometry/municipalities?level=0'));
  assert.ok(calls.includes('/api/v1/map/geometry/municipalities?level=0&year=2021'));
  assert.equal(view.year, '2021');
  assert.equal(view.geometry.mun.url, '/api/v1/map/geometry/municipalities?level=0&year=2021');
});

test('overlays, the department and the gaps add their requests', async () => {
  const s = server();
  const view = await loadView(s.getJson, { state: stateOf('?pdet=1&zomac=1&group=ecb&gaps=1&dept=05&lang=en'), level: 0 });
  const calls = s.take();
  for (const url of ['/api/v1/map/geometry/groups/pdet?level=0&year=2023', '/api/v1/map/geometry/groups/zomac?level=0&year=2023',
    '/api/v1/map/geometry/groups/ecb?level=0&year=2023', '/api/v1/summary?year=2023&department=05&lang=en',
    '/api/v1/coverage/municipalities?year=2023&department=05', '/api/v1/coverage/gaps/ecb?year=2023',
    '/api/v1/territory-groups/ecb?year=2023']) {
    assert.ok(calls.includes(url), url + ' in ' + calls.join(', '));
  }
  assert.deepEqual([...view.figures.groupMembers], ['05001', '05002']);
});

test('a server without a dataset gives a view that says so', async () => {
  const s = server({ ...CONFIG, dataset: null });
  const view = await loadView(s.getJson, { state: stateOf(''), level: 0 }, EMPTY_VIEW);
  assert.equal(view.noDataset, true);
  assert.equal(view.figures, null);
});

test('the geometry level for a zoom', () => {
  assert.equal(levelForZoom(null, 5), 0);
  assert.equal(levelForZoom(CONFIG, 7), 1);
  assert.equal(levelForZoom(CONFIG, 8.5), 1);
  assert.equal(levelForZoom(CONFIG, 9), 2);
});
