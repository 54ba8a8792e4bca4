import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../main/resources/static/map/i18n.js';
import { EMPTY, answered, optionId, optionsHtml, pressed, resultsText, searchQuery, stateFor, typed }
  from '../../main/resources/static/map/search.js';
import { parseQuery } from '../../main/resources/static/map/state.js';

const PLACES = [
  { code: '52835', name: 'San Andrés de Tumaco', kind: 'municipality', departmentName: 'Nariño', matched: 'Tumaco' },
  { code: '52', name: 'Nariño', kind: 'department', departmentName: null, matched: null },
  { code: '52480', name: 'Nariño', kind: 'municipality', departmentName: 'Nariño', matched: null }
];

test('only text worth a search is sent', () => {
  assert.equal(searchQuery('  '), null);
  assert.equal(searchQuery(' tum '), 'tum');
});

test('an answer applies only to the text typed now', () => {
  let model = typed(EMPTY, 'tum');
  model = typed(model, 'tuma');
  assert.equal(answered(model, 'tum', PLACES), model, 'the answer to older text is dropped');
  model = answered(model, 'tuma', PLACES);
  assert.equal(model.open, true);
  assert.equal(model.active, 0);
  assert.equal(model.items.length, 3);
});

test('arrows move through the options and wrap; Home and End go to the ends; Enter chooses; Escape closes, then clears', () => {
  let model = answered(typed(EMPTY, 'nar'), 'nar', PLACES);
  model = pressed(model, 'ArrowDown').model;
  assert.equal(model.active, 1);
  model = pressed(pressed(model, 'ArrowDown').model, 'ArrowDown').model;
  assert.equal(model.active, 0, 'wraps to the first');
  assert.equal(pressed(model, 'ArrowUp').model.active, 2, 'wraps to the last');
  assert.equal(pressed(model, 'End').model.active, 2);
  const chosen = pressed(pressed(model, 'ArrowDown').model, 'Enter');
  assert.equal(chosen.choose.code, '52');
  assert.equal(chosen.model.open, false);
  const closed = pressed(model, 'Escape').model;
  assert.equal(closed.open, false);
  assert.equal(pressed(closed, 'Escape').model, EMPTY);
  assert.equal(pressed(closed, 'Enter').choose, null, 'Enter on a closed list chooses nothing');
});

test('choosing a place opens its profile', () => {
  const state = parseQuery('?axis=calidad&dept=05').state;
  const mun = stateFor(state, PLACES[0]);
  assert.equal(mun.mun, '52835');
  assert.equal(mun.dept, '52');
  assert.equal(mun.axis, 'calidad', 'the filters stay');
  const dept = stateFor(mun, PLACES[1]);
  assert.equal(dept.dept, '52');
  assert.equal(dept.mun, '');
});

test('options are escaped, marked selected, and say which common name matched', () => {
  const t = translator('es');
  const model = answered(typed(EMPTY, 'tumaco'), 'tumaco', [PLACES[0], { ...PLACES[1], name: '<i>' }]);
  const html = optionsHtml(model, t);
  assert.match(html, new RegExp('<li id="' + optionId(0) + '" role="option" data-index="0" aria-selected="true">'));
  assert.match(html, /Nariño · Tumaco/);
  assert.match(html, /&lt;i&gt;/);
  assert.match(html, /Departamento/);
  assert.equal(resultsText(model, translator('en')), '2 places; arrows to move, Enter to open.');
  const none = answered(typed(EMPTY, 'xyz'), 'xyz', []);
  assert.match(optionsHtml(none, t), /Ningún lugar coincide con «xyz»/);
});
