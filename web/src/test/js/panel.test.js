import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { announcement, downloadLinks, gapsHtml, headlineHtml, legendHtml, municipalityHtml, paragraphsHtml, swatchSvg, targetReason, targetsHtml,
  tooltipHtml } from '../../main/resources/static/map/panel.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { antioquiaView, view } from './fixtures.js';

const stateOf = search => parseQuery(search).state;

test('downloads are the coverage API\'s, with the filters and department on screen, and names that say so', () => {
  const links = downloadLinks(view, stateOf('?axis=calidad&dept=05'));
  assert.equal(links.csv, '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=csv&lang=es');
  assert.equal(links.csvEs, '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=csv-es&lang=es');
  assert.equal(links.xlsx, '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=xlsx&lang=es');
  assert.equal(links.geojson, '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=geojson');
  assert.equal(links.names.xlsx, 'presencia-municipios-antioquia-2023-calidad-demo.xlsx');
  assert.equal(downloadLinks(view, stateOf('?unit=dep&lang=en')).csv, '/api/v1/coverage/departments?year=2023&format=csv&lang=en');
});

test('a profile\'s cards count over its own units and name Colombia\'s figure beneath', () => {
  const html = headlineHtml(antioquiaView, translator('es'), formatter('es'));
  assert.match(html.cards, /data-figure="municipalities" data-value="1">1 de 125 municipios \(0,8\u00a0%\)<\/dd><dd class="src">Colombia: 2 de 1.121 municipios \(0,2\u00a0%\)<\/dd>/);
  assert.doesNotMatch(html.cards, /data-figure="departments"/, 'a department does not count departments');
  assert.match(html.cards, /data-figure="zomac" data-value="0">—</, 'no ZOMAC unit: a dash, not 0 %');
  assert.equal(html.heading, 'Antioquia: cifras principales, 2023');
  assert.match(html.meta, /125 municipios y áreas no municipalizadas de Antioquia vigentes en 2023/);
  assert.equal(announcement(antioquiaView, stateOf('?dept=05'), translator('es'), formatter('es')),
    'Antioquia, 2023: 1.200 beneficiarios; 1 de 125 municipios (0,8\u00a0%).');
});

test('targets say why they have no data, show progress and name one meaning per column', () => {
  const targets = { items: [
    { id: 'a', name: 'Municipios', years: [2023], dataset: 'demo', target: 600, achieved: 450, unit: 'count', status: 'NOT_MET' },
    { id: 'ecb', name: '10 % en ECB', group: 'ecb-x', years: [2023], dataset: 'demo', target: 10, achieved: null, unit: '%', status: 'NO_DATA',
      reason: "El grupo territorial 'ecb-x' no está cargado" }] };
  const withTargets = { ...view, figures: { ...view.figures, targets } };
  const html = targetsHtml(withTargets, translator('es'), formatter('es'));
  assert.match(html.thead, /<th scope="col">Indicador<\/th><th scope="col" class="num">Meta<\/th><th scope="col" class="num">Avance/);
  assert.match(html.tbody, /<meter min="0" max="600" value="450"/);
  assert.match(html.tbody, /El grupo «ecb-x» no está cargado: guárdelo como ecb-x.csv/);
  assert.match(html.note, /no sigue los filtros de la página/);
  assert.equal(targetReason({ status: 'NO_DATA', reason: 'Ninguna intervención cumple el filtro en el periodo', years: [2021] }, view, translator('en')),
    'No intervention passes the target\'s filter in 2021.');
  assert.equal(targetReason({ status: 'MET' }, view, translator('en')), '');
});

test('gaps list every unreached unit of the group even when all its territories are reached', () => {
  const gaps = { gaps: { groupName: 'PDET', territoriesUnreached: 0, territories: 16, unreachedTerritories: [], borderingReached: [] } };
  const withGaps = { ...view, figures: { ...view.figures, gaps, groupMembers: new Set(['05002', '05001']) } };
  const html = gapsHtml(withGaps, translator('es'), formatter('es'));
  assert.match(html, /Todos los territorios de «PDET» tienen presencia/);
  assert.match(html, /1 municipios de «PDET» sin presencia/);
  assert.match(html, /data-show="05002">Abejorral<\/button>/);
});

test('legend swatches are SVG, never a style attribute', () => {
  const html = legendHtml(view, stateOf(''), { binary: false }, [{ colour: '#440154', label: '1 – 5' }, { hatch: '#b2182b', outline: '#b2182b', label: 'Brecha' },
    { outline: '#111111', outlineWidth: 2, dash: [5, 3], label: 'PDET' }], translator('es'));
  assert.doesNotMatch(html, /style=/);
  assert.match(swatchSvg({ hatch: '#1b1b1b', label: 'ZOMAC' }), /fill="url\(#hatch-zomac\)"/);
  assert.match(swatchSvg({ outline: '#111111', dash: [5, 3] }), /stroke-dasharray="5 3"/);
});

test('tooltips and cards escape what the server sends', () => {
  const cali = view.geometry.mun.features[2];
  const tip = tooltipHtml(view, stateOf(''), cali, translator('es'), formatter('es'));
  assert.equal(tip, '<strong>Cali &lt;script&gt;</strong> <span class="muted">(Valle del Cauca)</span><br>Beneficiarios: 800');
  const card = municipalityHtml(view, cali, { groups: [{ group: 'departments', groupName: 'x' }, { group: 'pdet', groupName: 'PDET', territoryName: 'Pacífico <b>' }] },
    translator('en'), formatter('en'));
  assert.match(card, /<h3>Cali &lt;script&gt;<\/h3>/);
  assert.match(card, /Groups:<\/strong> PDET: Pacífico &lt;b&gt;<\/p>/);
  assert.match(card, /<th scope="row">Population 2023<\/th><td>—<\/td>/);
});

test('a summary shows two paragraphs, the rest behind "more detail"', () => {
  assert.equal(paragraphsHtml(['a', 'b'], translator('es')), '<p>a</p><p>b</p>');
  assert.equal(paragraphsHtml(['a', 'b', 'c <d>'], translator('en')),
    '<p>a</p><p>b</p><details><summary>More detail by axis</summary><p>c &lt;d&gt;</p></details>');
});
