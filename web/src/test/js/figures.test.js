import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colourFor, legendItems, mapClasses, mapTitle, valueOf, valueText } from '../../main/resources/static/map/figures.js';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { ramps, view } from './fixtures.js';

const stateOf = search => parseQuery(search).state;

test('each figure reads its own column; a department\'s rate is computed from its population', () => {
  assert.equal(valueOf(view, stateOf(''), '05001'), 1200);
  assert.equal(valueOf(view, stateOf('?figure=interventions'), '05001'), 1300);
  assert.equal(valueOf(view, stateOf('?figure=per10k'), '76001'), null);
  assert.equal(valueOf(view, stateOf('?figure=reached'), '05002'), 0);
  assert.equal(valueOf(view, stateOf('?unit=dep&figure=per10k'), '05'), 1200 * 10000 / 6800000);
  assert.equal(valueOf(view, stateOf('?unit=dep&figure=per10k'), '76'), null, 'no population, no rate');
  assert.equal(valueOf(view, stateOf(''), '99999'), null);
});

test('the map colours: 0 in the zero colour, no value in the no-data grey, the rest from the ramp', () => {
  const state = stateOf('?figure=per10k&classes=3&ramp=purples');
  const classes = mapClasses(view, state, ramps);
  assert.equal(classes.zeroClass, true);
  assert.equal(classes.hasNoData, true);
  assert.equal(colourFor(classes, valueOf(view, state, '05002')), ramps.zero);
  assert.equal(colourFor(classes, valueOf(view, state, '76001')), ramps.noData);
  assert.equal(colourFor(classes, valueOf(view, state, '05001')), classes.colours[0]);
});

test('"reached" has two classes: a ramp colour and the zero colour', () => {
  const state = stateOf('?figure=reached');
  const classes = mapClasses(view, state, ramps);
  assert.equal(classes.binary, true);
  assert.equal(colourFor(classes, 1), classes.reached);
  assert.equal(colourFor(classes, 0), ramps.zero);
  const t = translator('es');
  assert.deepEqual(legendItems(view, state, classes, t, formatter('es')).map(i => i.label), ['Con presencia', 'Sin presencia']);
});

test('legend limits of counts run 1 – 5, 6 – 10 in the page\'s number format, then "none" and overlays', () => {
  const state = stateOf('?pdet=1&gaps=1&group=ecb');
  const classes = { binary: false, zeroClass: true, bounds: [1, 1066, 2519], colours: ['#aaaaaa', '#bbbbbb'], zero: ramps.zero, noData: ramps.noData, hasNoData: false };
  const items = legendItems(view, state, classes, translator('es'), formatter('es'));
  assert.deepEqual(items.map(i => i.label), ['1 – 1.066', '1.067 – 2.519', 'Sin beneficiarios', 'Subregión PDET',
    'Brecha: municipio del grupo sin presencia (Territorios ECB)']);
  const rates = { ...classes, bounds: [0.5, 1.25, 3] };
  assert.deepEqual(legendItems(view, stateOf('?figure=per10k&lang=en'), rates, translator('en'), formatter('en')).map(i => i.label).slice(0, 2),
    ['0.5 – 1.3', '> 1.3 – 3']);
});

test('titles and values in both languages', () => {
  assert.equal(mapTitle(view, stateOf('?dept=76'), translator('es')), 'Beneficiarios por municipio, 2023 — Valle del Cauca');
  assert.equal(mapTitle(view, stateOf('?unit=dep&lang=en'), translator('en')), 'Beneficiaries by department, 2023');
  assert.equal(valueText(view, stateOf('?figure=reached&lang=en'), '05001', translator('en'), formatter('en')), 'Yes');
  assert.equal(valueText(view, stateOf('?figure=per10k'), '05001', translator('es'), formatter('es')), '4,6');
});
