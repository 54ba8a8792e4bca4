import { test } from 'node:test';
import assert from 'node:assert/strict';
import { category, comparisonHtml, counts } from '../../main/resources/static/map/compare.js';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { view } from './fixtures.js';

test('each unit is gained, lost, kept or never reached', () => {
  assert.equal(category({ reached: false }, { reached: true }), 'gained');
  assert.equal(category({ reached: true }, { reached: false }), 'lost');
  assert.equal(category({ reached: true }, { reached: true }), 'kept');
  assert.equal(category(undefined, { reached: false }), 'none');
  assert.equal(category(undefined, { reached: true }), 'gained', 'a unit absent before counts as not reached');
});

const changes = [
  { figure: 'beneficiaries', before: 1500, after: 2000, change: 500 },
  { figure: 'municipalities', before: 2, after: 2, change: 0 },
  { figure: 'municipalitiesShare', before: 0.1, after: 0.125, change: 0.025 },
  { figure: 'departments', before: 2, after: 2, change: 0 },
  { figure: 'mipymeShare', before: 0.8, after: 0.75, change: -0.05 }
];
const compared = { ...view, figures: { ...view.figures,
  comparison: { from: '2022', to: '2023', changes, before: { '05001': { reached: false }, '76001': { reached: true }, '05002': { reached: true } } } } };

test('the comparison counts units gained and lost and tables the figures before and after', () => {
  assert.deepEqual(counts(compared), { gained: 1, lost: 1, kept: 1, none: 0 });
  const html = comparisonHtml(compared, parseQuery('?compare=2022').state, translator('es'), formatter('es'));
  assert.equal(html.heading, 'Comparación 2022 → 2023');
  assert.equal(html.summary, '1 municipios ganados y 1 perdidos entre 2022 y 2023; 1 con presencia en ambos años.');
  assert.match(html.table, /<td class="num">1.500<\/td><td class="num">2.000<\/td><td class="num" data-change="beneficiaries">\+500<\/td>/);
  assert.match(html.table, /data-change="mipymeShare">-5 p. p.</);
  assert.match(html.table, /data-change="municipalitiesShare">\+2,5 p. p.</);
});

test('a department\'s comparison leaves out the figures counted over the whole country', () => {
  const html = comparisonHtml(compared, parseQuery('?compare=2022&dept=05').state, translator('en'), formatter('en'));
  assert.doesNotMatch(html.table, /municipalitiesShare|data-change="departments"/);
  assert.equal(comparisonHtml(view, parseQuery('').state, translator('en'), formatter('en')), null);
});
