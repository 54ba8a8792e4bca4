import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { downloadLinks, municipalityHtml, paragraphsHtml, tooltipHtml } from '../../main/resources/static/map/panel.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { view } from './fixtures.js';

const stateOf = search => parseQuery(search).state;

test('downloads are the coverage API\'s, with the filters and department on screen', () => {
  assert.deepEqual(downloadLinks(view, stateOf('?axis=calidad&dept=05')), {
    csv: '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=csv',
    csvEs: '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=csv-es',
    xlsx: '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=xlsx',
    geojson: '/api/v1/coverage/municipalities?year=2023&axis=calidad&department=05&format=geojson'
  });
  assert.equal(downloadLinks(view, stateOf('?unit=dep')).csv, '/api/v1/coverage/departments?year=2023&format=csv');
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
