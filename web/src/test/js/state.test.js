import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, change, checkRamp, defaultYear, filterParams, gapGroup, parseQuery, profileCode, queryString, reset, resolveYear }
  from '../../main/resources/static/map/state.js';

test('an empty query gives the defaults and no invalid parameter', () => {
  const { state, invalid } = parseQuery('');
  assert.deepEqual({ ...state }, { ...DEFAULTS });
  assert.deepEqual(invalid, []);
  assert.ok(Object.isFrozen(state));
});

test('a shared URL restores every parameter it names', () => {
  const { state, invalid } = parseQuery('?axis=productividad&figure=per10k&method=jenks&dept=76&pdet=1&zomac=1&gaps=1&lang=en&year=2018&ramp=purples&classes=7');
  assert.deepEqual(invalid, []);
  assert.equal(state.axis, 'productividad');
  assert.equal(state.figure, 'per10k');
  assert.equal(state.method, 'jenks');
  assert.equal(state.dept, '76');
  assert.equal(state.year, '2018');
  assert.equal(state.lang, 'en');
  assert.equal(state.ramp, 'purples');
  assert.equal(state.classes, '7');
  assert.equal(state.pdet, '1');
});

test('invalid values keep their default and are named, unknown parameters are ignored', () => {
  const { state, invalid } = parseQuery('?figure=nope&unit=region&method=kmeans&classes=12&lang=fr&year=23&dept=5&pdet=yes&group=a%20b&foo=bar&axis=calidad');
  assert.deepEqual(invalid, ['year', 'dept', 'figure', 'unit', 'method', 'classes', 'pdet', 'group', 'lang']);
  assert.deepEqual({ ...state }, { ...DEFAULTS, axis: 'calidad' });
});

test('equal intervals are a method the URL accepts', () => {
  assert.equal(parseQuery('?method=equal').state.method, 'equal');
});

test('a department is always shown by its municipalities', () => {
  assert.equal(parseQuery('?unit=dep&dept=05').state.unit, 'mun');
  assert.equal(parseQuery('?unit=dep').state.unit, 'dep');
});

test('the query string has only what differs from the defaults, in a fixed order, never embed unless asked', () => {
  const { state } = parseQuery('?zomac=1&axis=calidad&embed=1&figure=beneficiaries');
  assert.equal(queryString(state), 'axis=calidad&zomac=1');
  assert.equal(queryString(state, { embed: '1' }), 'axis=calidad&zomac=1&embed=1');
  assert.equal(queryString(parseQuery('').state), '');
});

test('parse and serialise round-trip', () => {
  const search = 'dataset=demo&year=2023&axis=calidad%2Cproductividad&program=F%C3%A1bricas+de+Productividad&dept=05&figure=reached&method=equal&classes=3&ramp=blues&group=ecb&gaps=1&lang=en';
  assert.equal(queryString(parseQuery('?' + search).state), search);
});

test('changes keep the rules that tie parameters together', () => {
  let state = parseQuery('?dataset=demo&program=EnCadena&dept=05').state;
  state = change(state, 'dataset', 'otro');
  assert.equal(state.program, '', 'programs belong to a dataset');
  state = change(state, 'unit', 'dep');
  assert.equal(state.dept, '', 'departments are compared nationally');
  state = change(state, 'dept', '76');
  assert.equal(state.unit, 'mun', 'a department opens on its municipalities');
  assert.ok(Object.isFrozen(state));
  assert.throws(() => change(state, 'colour', 'red'), /Unknown state key/);
});

test('a change returns a new state and leaves the old one as it was', () => {
  const before = parseQuery('?axis=calidad').state;
  const after = change(before, 'axis', 'productividad');
  assert.equal(before.axis, 'calidad');
  assert.equal(after.axis, 'productividad');
});

test('reset keeps language, dataset and embed mode', () => {
  const state = reset(parseQuery('?lang=en&dataset=demo&embed=1&axis=calidad&dept=05&pdet=1').state);
  assert.deepEqual({ ...state }, { ...DEFAULTS, lang: 'en', dataset: 'demo', embed: '1' });
});

test('an unknown ramp falls back to the default once the served ids are known', () => {
  const { state } = parseQuery('?ramp=rainbow');
  assert.deepEqual(checkRamp(state, ['viridis', 'ylgnbu']).invalid, ['ramp']);
  assert.equal(checkRamp(state, ['viridis', 'ylgnbu']).state.ramp, 'viridis');
  assert.deepEqual(checkRamp(parseQuery('?ramp=ylgnbu').state, ['viridis', 'ylgnbu']), { state: parseQuery('?ramp=ylgnbu').state, invalid: [] });
});

test('the default year is the configured one when the dataset has it, else its latest', () => {
  assert.equal(defaultYear({ defaultYear: 2023, years: [2022, 2023] }), '2023');
  assert.equal(defaultYear({ defaultYear: 2023, years: [2019, 2021] }), '2021');
  assert.equal(defaultYear({ defaultYear: 2023, years: [] }), '2023');
  assert.equal(resolveYear(parseQuery('?year=2019').state, { defaultYear: 2023, years: [] }), '2019');
});

test('filter parameters for the API, with the department only when asked', () => {
  const state = parseQuery('?dataset=demo&axis=calidad&dept=05&figure=per10k').state;
  assert.equal(filterParams(state, '2023', false).toString(), 'dataset=demo&year=2023&axis=calidad');
  assert.equal(filterParams(state, '2023', true).toString(), 'dataset=demo&year=2023&axis=calidad&department=05');
});

test('gaps are of the chosen group, PDET by default, and none when off', () => {
  assert.equal(gapGroup(parseQuery('?gaps=1').state), 'pdet');
  assert.equal(gapGroup(parseQuery('?gaps=1&group=ecb').state), 'ecb');
  assert.equal(gapGroup(parseQuery('?group=ecb').state), null);
});

test('a municipality\'s profile opens within its department; leaving the department closes it', () => {
  const state = parseQuery('?mun=52835&unit=dep').state;
  assert.equal(state.dept, '52');
  assert.equal(state.unit, 'mun');
  assert.equal(profileCode(state), '52835');
  assert.equal(change(state, 'dept', '05').mun, '');
  assert.equal(change(state, 'dept', '').mun, '');
  assert.equal(change(state, 'unit', 'dep').mun, '');
  assert.equal(profileCode(parseQuery('?dept=05').state), '05');
  assert.equal(profileCode(parseQuery('').state), null);
});

test('a year is never compared with itself; a new dataset drops the comparison', () => {
  assert.equal(parseQuery('?year=2022&compare=2022').state.compare, '');
  const state = parseQuery('?year=2023&compare=2022').state;
  assert.equal(change(state, 'year', '2022').compare, '');
  assert.equal(change(state, 'dataset', 'otro').compare, '');
  assert.equal(queryString(state), 'year=2023&compare=2022');
});

test('the values of invalid parameters are kept so the page can say what was wrong', () => {
  const { invalid, values } = parseQuery('?dept=Narino&mun=tumaco&compare=ayer');
  assert.deepEqual(invalid, ['compare', 'dept', 'mun']);
  assert.deepEqual(values, { compare: 'ayer', dept: 'Narino', mun: 'tumaco' });
});
