import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { effectiveSort, nextSort, sortRows, tableHtml, tableModel } from '../../main/resources/static/map/table.js';
import { antioquiaView, view } from './fixtures.js';

const t = translator('es');
const stateOf = search => parseQuery(search).state;

test('the table shows municipalities, departments, or a department\'s municipalities', () => {
  assert.equal(tableModel(view, stateOf(''), t).kind, 'mun');
  assert.equal(tableModel(view, stateOf('?unit=dep'), t).caption, 'Departamentos: beneficiarios, intervenciones y municipios con presencia, 2023');
  const model = tableModel(antioquiaView, stateOf('?dept=05'), t);
  assert.equal(model.caption, 'Municipios de Antioquia: beneficiarios e intervenciones, 2023');
  assert.equal(model.rows.length, 2);
});

test('comparing two years adds each municipality\'s change', () => {
  const before = { '05001': { reached: false }, '05002': { reached: false }, '76001': { reached: true } };
  const compared = { ...view, figures: { ...view.figures, comparison: { from: '2022', to: '2023', changes: [], before } } };
  const model = tableModel(compared, stateOf('?compare=2022'), t);
  assert.equal(model.columns[model.columns.length - 1].label, 'Cambio 2022 → 2023');
  assert.deepEqual(model.rows.map(r => r.change), ['Con presencia en 2023, no en 2022', 'Sin presencia en ninguno', 'Con presencia en ambos años']);
});

test('a click sorts: the same column flips, a new text column starts A to Z, a number most first', () => {
  assert.deepEqual(nextSort({ key: 'beneficiaries', dir: 'descending' }, 'beneficiaries'), { key: 'beneficiaries', dir: 'ascending' });
  assert.deepEqual(nextSort({ key: 'beneficiaries', dir: 'descending' }, 'name'), { key: 'name', dir: 'ascending' });
  assert.deepEqual(nextSort({ key: 'name', dir: 'ascending' }, 'per10k'), { key: 'per10k', dir: 'descending' });
  assert.deepEqual(effectiveSort(tableModel(view, stateOf(''), t), { key: 'share', dir: 'ascending' }), { key: 'beneficiaries', dir: 'descending' });
});

test('missing values sort last in both directions, ties by name', () => {
  const column = { key: 'per10k', type: 'num' };
  assert.deepEqual(sortRows(view.figures.munList, column, 'descending', 'es-CO').map(r => r.code), ['05001', '05002', '76001']);
  assert.deepEqual(sortRows(view.figures.munList, column, 'ascending', 'es-CO').map(r => r.code), ['05002', '05001', '76001']);
  assert.deepEqual(sortRows(view.figures.munList, { key: 'name', type: 'text' }, 'ascending', 'es-CO').map(r => r.name),
    ['Abejorral', 'Cali <script>', 'Medellín']);
});

test('the HTML says how it is sorted and escapes names', () => {
  const html = tableHtml(view, stateOf(''), { key: null, dir: 'descending' }, t, formatter('es'));
  assert.deepEqual(html.sort, { key: 'beneficiaries', dir: 'descending' });
  assert.equal(html.caption, 'Municipios de Colombia por beneficiarios, 2023 (3)');
  assert.match(html.thead, /<th scope="col" aria-sort="descending" class="num"><button type="button" data-sort="beneficiaries"/);
  assert.match(html.tbody, /Cali &lt;script&gt;/);
  assert.doesNotMatch(html.tbody, /<script>/);
  assert.match(html.tbody, /^<tr data-code="05001">/);
  assert.match(html.tbody, /<td class="num">1.200<\/td>/);
});
