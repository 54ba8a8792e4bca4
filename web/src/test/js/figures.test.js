import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colourFor, downloadName, legendItems, mapClasses, mapTitle, selectionLine, valueOf, valueText } from '../../main/resources/static/map/figures.js';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { antioquiaView, ramps, view } from './fixtures.js';

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

test('titles name the place; the line under them names the selection and the dataset', () => {
  assert.equal(mapTitle(view, stateOf('?dept=76'), translator('es')), 'Beneficiarios por municipio, 2023 — Valle del Cauca');
  assert.equal(mapTitle(view, stateOf('?unit=dep&lang=en'), translator('en')), 'Beneficiaries by department, 2023');
  assert.equal(selectionLine(view, stateOf(''), translator('es')), 'Todos los programas · Conjunto de datos: Demo (datos sintéticos de demostración)');
  assert.equal(selectionLine(view, stateOf('?program=EnCadena&axis=calidad&size=micro,pequena&lang=en'), translator('en')),
    'Program: EnCadena · Axis: Quality · Company size: Micro, Small · Dataset: Demo (synthetic demonstration data)');
  const tumaco = { ...antioquiaView, figures: { ...antioquiaView.figures, profile: { ...antioquiaView.figures.profile,
    territory: { ...antioquiaView.figures.profile.territory, code: '05001', name: 'Medellín', kind: 'municipality' } } } };
  assert.equal(mapTitle(tumaco, stateOf('?mun=05001'), translator('es')), 'Beneficiarios por municipio, 2023 — Medellín (Antioquia)');
});

test('values as text in both languages', () => {
  assert.equal(valueText(view, stateOf('?figure=reached&lang=en'), '05001', translator('en'), formatter('en')), 'Yes');
  assert.equal(valueText(view, stateOf('?figure=per10k'), '05001', translator('es'), formatter('es')), '4,6');
});

test('download names say what the file holds', () => {
  assert.equal(downloadName(view, stateOf('?dept=76&program=Fábricas de Productividad'), 'municipios', 'csv'),
    'presencia-municipios-valle-del-cauca-2023-fabricas-de-productividad-demo.csv');
  assert.equal(downloadName(view, stateOf(''), 'mapa', 'png'), 'presencia-mapa-colombia-2023-demo.png');
});

test('comparing two years colours each unit by its change, with a legend that counts them', () => {
  const before = { '05001': { reached: false }, '05002': { reached: true }, '76001': { reached: true } };
  const compared = { ...view, figures: { ...view.figures, comparison: { from: '2022', to: '2023', changes: [], before } } };
  const state = stateOf('?compare=2022');
  assert.equal(valueOf(compared, state, '05001'), 'gained');
  assert.equal(valueOf(compared, state, '05002'), 'lost');
  assert.equal(valueOf(compared, state, '76001'), 'kept');
  const classes = mapClasses(compared, state, ramps);
  assert.equal(classes.categorical, true);
  assert.equal(colourFor(classes, 'gained'), '#542788', 'PuOr\'s darkest purple');
  assert.equal(colourFor(classes, 'lost'), '#b35806', 'PuOr\'s darkest orange');
  assert.equal(colourFor(classes, 'none'), ramps.zero);
  assert.deepEqual(legendItems(compared, state, classes, translator('es'), formatter('es')).map(i => i.label),
    ['Con presencia en 2023, no en 2022 (1)', 'Con presencia en 2022, no en 2023 (1)', 'Con presencia en ambos años (1)', 'Sin presencia en ninguno (0)']);
  assert.equal(mapTitle(compared, state, translator('en')), 'Municipalities reached: 2022 against 2023');
  assert.equal(valueText(compared, state, '05002', translator('en'), formatter('en')), 'Reached in 2022, not in 2023');
});
