import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, change } from '../../main/resources/static/map/state.js';
import { EMPTY_VIEW, levelForZoom, loadView } from '../../main/resources/static/map/view-data.js';

const CONFIG = { dataset: 'demo', defaultYear: 2023, years: [2022, 2023], levels: [{ id: 0, minZoom: 0 }, { id: 1, minZoom: 7 }, { id: 2, minZoom: 9 }],
  programs: ['EnCadena'], departments: [{ code: '05', name: 'Antioquia', bbox: [-77, 5, -74, 9] }, { code: '52', name: 'Nariño', bbox: [-79, 0.3, -76.8, 2.7] }],
  groups: [{ id: 'pdet', name: 'PDET' }], sectors: [{ id: 'A', label: 'Agricultura' }, { id: 'C', label: 'Industrias manufactureras' }] };

/** A getJson that answers from the URL and records every URL asked. */
function server(config = CONFIG) {
  const calls = [];
  const getJson = async url => {
    calls.push(url);
    if (url.startsWith('/api/v1/map/config')) return config;
    if (url.startsWith('/api/v1/map/geometry/')) return { type: 'FeatureCollection', url, features: [] };
    if (url.startsWith('/api/v1/profiles/')) {
      return { profile: url, dataset: {}, headline: { year: 2023 }, national: { year: 2023 }, municipalities: [{ code: '05001', beneficiaries: 2 }] };
    }
    if (url.startsWith('/api/v1/coverage/municipalities') || url.startsWith('/api/v1/coverage/departments')) {
      return { items: [{ code: url.includes('municipalities') ? '05001' : '05', beneficiaries: 3, reached: !url.includes('year=2022') }] };
    }
    if (url.startsWith('/api/v1/coverage/year-over-year')) return { yearOverYear: { changes: [{ figure: 'beneficiaries', before: 1, after: 3 }] } };
    if (url.startsWith('/api/v1/coverage?')) return { headline: { year: 2023 }, dataset: {} };
    if (url.startsWith('/api/v1/territory-groups/')) return { territories: [{ municipalities: ['05001', '05002'] }] };
    return { url };
  };
  return { calls, getJson, take: () => calls.splice(0) };
}

const stateOf = search => parseQuery(search).state;
const request = (search, level = 0) => ({ state: stateOf(search), level, levelFor: () => 2 });

test('the first national load asks for the settings and the default year\'s geometry together, in delta form, then the figures', async () => {
  const s = server();
  const view = await loadView(s.getJson, request(''));
  assert.deepEqual(s.take(), [
    '/api/v1/map/config',
    '/api/v1/map/geometry/municipalities?level=0&encoding=delta',
    '/api/v1/map/geometry/departments/88/municipalities?level=2&encoding=delta',
    '/api/v1/coverage?year=2023',
    '/api/v1/coverage/municipalities?year=2023',
    '/api/v1/summary?year=2023&lang=es',
    '/api/v1/targets',
    '/api/v1/coverage/sectors?year=2023'
  ]);
  assert.equal(view.year, '2023');
  assert.equal(view.geometry.key, 'national|0|2023');
  assert.equal(view.geometry.dep, null, 'department polygons only when they are the unit');
  assert.equal(view.figures.mun['05001'].beneficiaries, 3);
  assert.deepEqual(view.overlays, { key: '0|2023|0|0|', pdet: null, zomac: null, group: null });
  assert.deepEqual(view.problems, []);
});

test('departments as the unit ask for their polygons and their table', async () => {
  const s = server();
  await loadView(s.getJson, request('?unit=dep'));
  const calls = s.take();
  assert.ok(calls.includes('/api/v1/map/geometry/groups/departments?level=0&encoding=delta'), calls.join(', '));
  assert.ok(calls.includes('/api/v1/coverage/departments?year=2023'));
});

test('a department profile loads only that department\'s geometry, at the level it will be seen at, and its profile', async () => {
  const s = server();
  const view = await loadView(s.getJson, request('?dept=52'));
  const calls = s.take();
  assert.equal(calls[0], '/api/v1/map/config', 'the settings first: they hold the department\'s box');
  assert.ok(calls.includes('/api/v1/map/geometry/departments/52/municipalities?level=2&year=2023&encoding=delta'), calls.join(', '));
  assert.ok(!calls.some(u => u.startsWith('/api/v1/map/geometry/municipalities')), 'no national geometry');
  assert.ok(calls.includes('/api/v1/profiles/52?year=2023'));
  assert.ok(calls.includes('/api/v1/summary?year=2023&department=52&lang=es'));
  assert.ok(!calls.some(u => u.startsWith('/api/v1/coverage?')), 'the profile carries the national figures');
  assert.equal(view.figures.profile.profile, '/api/v1/profiles/52?year=2023');
  assert.equal(view.figures.munList[0].code, '05001');
  assert.equal(view.geometry.level, 2);
});

test('a municipality profile asks for the municipality and draws its department', async () => {
  const s = server();
  const view = await loadView(s.getJson, request('?mun=52835'));
  const calls = s.take();
  assert.ok(calls.includes('/api/v1/profiles/52835?year=2023'));
  assert.ok(calls.includes('/api/v1/map/geometry/departments/52/municipalities?level=2&year=2023&encoding=delta'));
  assert.equal(view.state.dept, '52');
});

test('a change of classification or colours needs no request and reuses every part', async () => {
  const s = server();
  const first = await loadView(s.getJson, request(''));
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
  const first = await loadView(s.getJson, request(''));
  s.take();
  await loadView(s.getJson, request('?axis=calidad'), first);
  assert.deepEqual(s.take().map(u => u.split('?')[0]), ['/api/v1/coverage', '/api/v1/coverage/municipalities', '/api/v1/summary', '/api/v1/targets',
    '/api/v1/coverage/sectors']);
});

test('the sector filter reaches every figure; economic figures and gaps ask for DANE\'s tables only when shown', async () => {
  const s = server();
  const first = await loadView(s.getJson, request(''));
  s.take();
  const sector = await loadView(s.getJson, request('?sector=C'), first);
  const calls = s.take();
  assert.ok(calls.length > 0 && calls.every(u => !u.startsWith('/api/v1/coverage') || u.includes('sector=C')), calls.join(', '));
  assert.ok(!calls.some(u => u.includes('/economy')), 'no economic table unless an economic figure or layer is shown');
  await loadView(s.getJson, request('?sector=C&figure=valueAdded'), sector);
  assert.ok(s.take().includes('/api/v1/economy/municipalities'));
  await loadView(s.getJson, request('?sector=C&figure=presence&unit=dep'), sector);
  assert.ok(s.take().includes('/api/v1/coverage/economy?year=2023&sector=C'));
  const gaps = await loadView(s.getJson, request('?dept=05&egaps=1'), sector);
  assert.ok(s.take().includes('/api/v1/coverage/gaps/economy?year=2023&department=05&limit=20'));
  assert.ok(gaps.figures.economy.gaps, 'the gaps are kept for the layer and the list');
});

test('a year or level change asks for that geometry; the settings are kept; going back reuses what was loaded', async () => {
  const s = server();
  const first = await loadView(s.getJson, request(''));
  s.take();
  const y2022 = await loadView(s.getJson, request('?year=2022'), first);
  assert.ok(s.take().includes('/api/v1/map/geometry/municipalities?level=0&year=2022&encoding=delta'));
  assert.equal(y2022.config, first.config);
  const zoomed = await loadView(s.getJson, request('?year=2022', 1), y2022);
  assert.deepEqual(s.take(), ['/api/v1/map/geometry/municipalities?level=1&year=2022&encoding=delta',
    '/api/v1/map/geometry/departments/88/municipalities?level=2&year=2022&encoding=delta'], 'the islands of the inset at full detail');
  assert.equal(zoomed.figures, y2022.figures);
  const back = await loadView(s.getJson, request('?year=2022', 0), zoomed);
  assert.deepEqual(s.take(), [], 'level 0 of 2022 is still held');
  assert.equal(back.geometry, y2022.geometry);
});

test('a new dataset asks for its settings first; geometry of an unchanged year is kept', async () => {
  const s = server();
  const first = await loadView(s.getJson, request(''));
  s.take();
  const other = await loadView(s.getJson, request('?dataset=otro'), first);
  const calls = s.take();
  assert.equal(calls[0], '/api/v1/map/config?dataset=otro');
  assert.ok(!calls.some(u => u.includes('/geometry/')), calls.join(', '));
  assert.equal(other.geometry, first.geometry);
  assert.ok(calls.includes('/api/v1/targets?dataset=otro'));
});

test('when the dataset lacks the default year, the guessed geometry is replaced by its latest year\'s', async () => {
  const s = server({ ...CONFIG, years: [2019, 2021] });
  const view = await loadView(s.getJson, request(''));
  const calls = s.take();
  assert.ok(calls.includes('/api/v1/map/geometry/municipalities?level=0&encoding=delta'));
  assert.ok(calls.includes('/api/v1/map/geometry/municipalities?level=0&year=2021&encoding=delta'));
  assert.equal(view.year, '2021');
  assert.equal(view.geometry.mun.url, '/api/v1/map/geometry/municipalities?level=0&year=2021&encoding=delta');
});

test('a year, program or department the dataset does not have falls back and is named, never silent zeros', async () => {
  const s = server();
  const view = await loadView(s.getJson, request('?year=2019&program=Nope&dept=99'));
  assert.deepEqual(view.problems, [{ param: 'year', value: '2019', available: ['2022', '2023'] },
    { param: 'program', value: 'Nope', available: ['EnCadena'] }, { param: 'dept', value: '99' }]);
  assert.equal(view.year, '2023');
  assert.equal(view.state.program, '');
  assert.equal(view.state.dept, '');
  assert.ok(!s.calls.some(u => u.includes('year=2019')), 'nothing is asked for the year the dataset lacks');
});

test('a municipality the API does not know falls back to its department\'s profile and is named', async () => {
  const calls = [];
  const base = server();
  const getJson = async url => {
    calls.push(url);
    if (url.startsWith('/api/v1/profiles/52999')) {
      throw Object.assign(new Error('404'), { status: 404, url });
    }
    return base.getJson(url);
  };
  const view = await loadView(getJson, request('?mun=52999'));
  assert.deepEqual(view.problems, [{ param: 'mun', value: '52999' }]);
  assert.equal(view.state.mun, '');
  assert.equal(view.state.dept, '52');
  assert.ok(calls.includes('/api/v1/profiles/52?year=2023'));
});

test('comparing asks for the year-over-year figures and the earlier year\'s units', async () => {
  const s = server();
  const view = await loadView(s.getJson, request('?compare=2022'));
  const calls = s.take();
  assert.ok(calls.includes('/api/v1/coverage/year-over-year?year=2023&from=2022&to=2023'), calls.join(', '));
  assert.ok(calls.includes('/api/v1/coverage/municipalities?year=2022'));
  assert.equal(view.figures.comparison.from, '2022');
  assert.equal(view.figures.comparison.before['05001'].reached, false);
});

test('overlays and the gaps add their requests', async () => {
  const s = server();
  const view = await loadView(s.getJson, request('?pdet=1&zomac=1&group=ecb&gaps=1&lang=en'));
  const calls = s.take();
  for (const url of ['/api/v1/map/geometry/groups/pdet?level=0&year=2023&encoding=delta', '/api/v1/map/geometry/groups/zomac?level=0&year=2023&encoding=delta',
    '/api/v1/map/geometry/groups/ecb?level=0&year=2023&encoding=delta', '/api/v1/summary?year=2023&lang=en',
    '/api/v1/coverage/gaps/ecb?year=2023', '/api/v1/territory-groups/ecb?year=2023']) {
    assert.ok(calls.includes(url), url + ' in ' + calls.join(', '));
  }
  assert.deepEqual([...view.figures.groupMembers], ['05001', '05002']);
});

test('a server without a dataset gives a view that says so', async () => {
  const s = server({ ...CONFIG, dataset: null });
  const view = await loadView(s.getJson, request(''), EMPTY_VIEW);
  assert.equal(view.noDataset, true);
  assert.equal(view.figures, null);
});

test('the geometry level for a zoom', () => {
  assert.equal(levelForZoom(null, 5), 0);
  assert.equal(levelForZoom(CONFIG, 7), 1);
  assert.equal(levelForZoom(CONFIG, 8.5), 1);
  assert.equal(levelForZoom(CONFIG, 9), 2);
});
