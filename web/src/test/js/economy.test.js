import { test } from 'node:test';
import assert from 'node:assert/strict';
import { economicGapsHtml, economyProfileHtml, mapSource, sectorsHtml } from '../../main/resources/static/map/economy.js';
import { ECONOMIC_GAP, legendItems, mapClasses, selectionLine, valueOf, valueText, downloadName } from '../../main/resources/static/map/figures.js';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { configProblems, problemText } from '../../main/resources/static/map/notices.js';
import { swatchSvg } from '../../main/resources/static/map/panel.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { antioquia, config, ramps, view } from './fixtures.js';

const stateOf = search => parseQuery(search).state;
const es = translator('es');
const en = translator('en');

/** The fixture view with the economic parts as view-data.js keeps them. */
const economic = Object.freeze({
  ...view,
  config: { ...config, sectors: [{ id: 'A', label: 'Agricultura, ganadería, caza, silvicultura y pesca' }, { id: 'C', label: 'Industrias manufactureras' }] },
  figures: {
    ...view.figures,
    sectors: {
      items: [{ code: 'C', name: 'INDUSTRIAS MANUFACTURERAS', interventions: 900, beneficiaries: 800, share: 0.4 },
        { code: 'A', name: 'AGRICULTURA <y> PESCA', interventions: 10, beneficiaries: 9, share: 0.0045 },
        { code: 'B', name: 'EXPLOTACIÓN DE MINAS Y CANTERAS', interventions: 0, beneficiaries: 0, share: 0 }],
      outside: { uncodedInterventions: 300, uncodedBeneficiaries: 280 }
    },
    economy: {
      municipal: { '05001': { code: '05001', total: 76890.4, primaryShare: 0.0032, secondaryShare: 0.1904, tertiaryShare: 0.8063, shareOfNation: 0.0582 },
        '05002': { code: '05002', total: 300.2, primaryShare: 0.5, secondaryShare: 0.1, tertiaryShare: 0.4, shareOfNation: 0.0002 } },
      municipalSource: 'DANE, valor agregado municipal 2022p',
      departments: { '05': { code: '05', valueAdded: 200000, presenceRatio: 4.1 } },
      branches: [{ departmentCode: '05', branch: 'agropecuario', share: 0.08 }, { departmentCode: '05', branch: 'industria', share: 0.17 },
        { departmentCode: '05', branch: 'construccion', share: 0.05 }, { departmentCode: '05', branch: 'servicios-publicos', share: 0.7 }],
      departmentSource: 'DANE, PIB departamental por actividad económica 2023pr',
      gaps: { economySource: 'DANE, valor agregado municipal 2022p',
        gaps: { unitsInForce: 1121, unreached: 504, unreachedValueAdded: 90321.5, unreachedValueAddedShare: 0.068 },
        items: [{ rank: 1, code: '05002', name: 'Abejorral', departmentName: 'Antioquia', valueAdded: 300.2, primaryShare: 0.5, secondaryShare: 0.1,
          tertiaryShare: 0.4, population: 19000 }] }
    }
  }
});

test('economic figures: municipal value added and structure, presence against weight, a department\'s tiers from its branches', () => {
  assert.equal(valueOf(economic, stateOf('?figure=valueAdded'), '05001'), 76890.4);
  assert.ok(Math.abs(valueOf(economic, stateOf('?figure=secondaryShare'), '05001') - 19.04) < 1e-9, 'percent');
  assert.equal(valueOf(economic, stateOf('?figure=valueAdded'), '76001'), null, 'no DANE row: no value, never 0');
  // Medellín holds 1,200 of 2,000 beneficiaries in the fixture's rows (share undefined there): no ratio without a share.
  assert.equal(valueOf(economic, stateOf('?figure=presence'), '05001'), null);
  const withShare = { ...economic, figures: { ...economic.figures, mun: { '05001': { ...view.figures.mun['05001'], share: 0.0582 * 2 } } } };
  assert.equal(valueOf(withShare, stateOf('?figure=presence'), '05001'), 2);
  assert.equal(valueOf(economic, stateOf('?unit=dep&figure=presence'), '05'), 4.1);
  const near = (actual, expected, message) => assert.ok(Math.abs(actual - expected) < 1e-9, message + ': ' + actual);
  near(valueOf(economic, stateOf('?unit=dep&figure=primaryShare'), '05'), 8, 'agriculture');
  near(valueOf(economic, stateOf('?unit=dep&figure=secondaryShare'), '05'), 22, 'industry and construction');
  near(valueOf(economic, stateOf('?unit=dep&figure=tertiaryShare'), '05'), 70, 'utilities are tertiary');
  assert.equal(valueText(economic, stateOf('?figure=valueAdded'), '05001', es, formatter('es')), '76.890,4');
});

test('an economic map says "no DANE figure" for units without a value and names DANE\'s table under it', () => {
  const state = stateOf('?figure=valueAdded');
  const items = legendItems(economic, state, mapClasses(economic, state, ramps), es, formatter('es')).map(i => i.label);
  assert.ok(items.includes('Sin dato del DANE'), items.join(' | '));
  assert.ok(!items.includes('Sin beneficiarios'));
  assert.equal(mapSource(economic, state, es), 'Fuente: Demo (sintético) Fuente económica: DANE, valor agregado municipal 2022p; miles de millones de pesos corrientes');
  assert.equal(mapSource(economic, stateOf(''), es), 'Fuente: Demo (sintético)');
  assert.equal(mapSource(economic, stateOf('?unit=dep&figure=presence'), en),
    'Source: Demo (sintético) Economic source: DANE, PIB departamental por actividad económica 2023pr; thousand million current pesos');
});

test('the sector table lists the sections with records, each a filter button, and what carries no code', () => {
  const html = sectorsHtml(economic, stateOf('?dept=05'), es, formatter('es'));
  assert.match(html, /<button type="button" class="rowlink" data-sector="C">C · Industrias manufactureras<\/button>/);
  assert.match(html, /AGRICULTURA &lt;y&gt; PESCA|Agricultura &lt;y&gt; pesca/, 'escaped');
  assert.doesNotMatch(html, /data-sector="B"/, 'no section without records');
  assert.match(html, /Sin código CIIU: 300 intervenciones de 280 beneficiarios\./);
  assert.match(html, /href="\/api\/v1\/coverage\/sectors\?year=2023&amp;department=05&amp;table=municipalities&amp;format=xlsx&amp;lang=es"/);
  assert.match(sectorsHtml(economic, stateOf('?lang=en'), en, formatter('en')), /C · Manufacturing/);
});

test('the sector filter is checked against the dataset\'s sections, named in the selection line and the file names', () => {
  const checked = configProblems(stateOf('?sector=c'), economic.config);
  assert.equal(checked.state.sector, 'C');
  const unknown = configProblems(stateOf('?sector=10'), economic.config);
  assert.equal(unknown.state.sector, '');
  assert.equal(problemText(unknown.problems[0], es), 'El sector «10» no es una sección CIIU de este conjunto de datos (A, C); se muestran todos los sectores.');
  assert.deepEqual(parseQuery('?sector=<x>').invalid, ['sector']);
  assert.match(selectionLine(economic, stateOf('?sector=C'), es), /Sector \(CIIU\): C Industrias manufactureras/);
  assert.equal(downloadName(economic, stateOf('?sector=C'), 'municipios', 'csv'), 'presencia-municipios-colombia-2023-ciiu-c-demo.csv');
});

test('opportunity gaps: the ranked units with value added and structure, the full list to download, the source', () => {
  const html = economicGapsHtml(economic, stateOf('?egaps=1'), es, formatter('es'));
  assert.match(html, /504 de 1.121 municipios sin presencia; suman 90.322 \(6,8\u00a0% del valor agregado/);
  assert.match(html, /data-show="05002">Abejorral<\/button>/);
  assert.match(html, /50,0\u00a0% \/ 10,0\u00a0% \/ 40,0\u00a0%/);
  assert.match(html, /gaps\/economy\?year=2023&amp;limit=2000&amp;format=xlsx&amp;lang=es/);
  assert.match(html, /DANE, valor agregado municipal 2022p/);
  assert.equal(economicGapsHtml(view, stateOf(''), es, formatter('es')), null, 'nothing when the layer is off');
  assert.ok(legendItems(economic, stateOf('?egaps=1'), mapClasses(economic, stateOf(''), ramps), es, formatter('es')).some(i => i.hatch === ECONOMIC_GAP));
  assert.match(swatchSvg({ hatch: ECONOMIC_GAP, outline: ECONOMIC_GAP }), /url\(#hatch-egap\)/);
});

test('a profile says its value added and presence against weight, or why DANE has none', () => {
  const profile = { ...antioquia, sectors: [{ id: 'C', name: 'INDUSTRIAS MANUFACTURERAS', beneficiaries: 3, interventions: 4 }],
    economy: { valueAdded: { year: '2022p', source: 'DANE, valor agregado municipal 2022p', total: 190000.5, shareOfNation: 0.144,
      shareOfDepartment: 1, primaryShare: 0.08, secondaryShare: 0.25, tertiaryShare: 0.67 }, beneficiaryShare: 0.6, presenceRatio: 4.17,
      accountsSource: 'DANE, PIB departamental por actividad económica 2023pr', department: { name: 'Antioquia' },
      branches: [{ name: 'Industrias manufactureras', locationQuotient: 1.31, beneficiaryLocationQuotient: 0.6 }] } };
  const html = economyProfileHtml(profile, stateOf('?dept=05'), es, formatter('es'));
  assert.match(html, /Valor agregado 2022p: 190.000,5 \(14,4\u00a0% del país; 100,0\u00a0% del departamento\)/);
  assert.match(html, /razón de presencia: 4,17/);
  assert.match(html, /<th scope="row">Industrias manufactureras<\/th><td class="num">1,31<\/td><td class="num">0,6<\/td>/);
  assert.match(html, /C · Industrias manufactureras \(3\)/);
  const bajira = { ...profile, economy: { ...profile.economy, valueAdded: { ...profile.economy.valueAdded, total: null } } };
  assert.match(economyProfileHtml(bajira, stateOf(''), es, formatter('es')), /El DANE no publica valor agregado de esta unidad en 2022p\./);
});
