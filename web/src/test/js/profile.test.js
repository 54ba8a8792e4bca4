import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatter } from '../../main/resources/static/map/format.js';
import { translator } from '../../main/resources/static/map/i18n.js';
import { profileHtml, profileLinks, yearsHtml } from '../../main/resources/static/map/profile.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { antioquia, antioquiaView, view } from './fixtures.js';

const stateOf = search => parseQuery(search).state;

test('a department\'s profile: its facts, links, unreached units, programs, axes, years, groups and neighbours', () => {
  const html = profileHtml(antioquiaView, stateOf('?dept=05&axis=calidad'), translator('es'), formatter('es'));
  assert.equal(html.heading, 'Perfil de Antioquia');
  assert.match(html.html, /Población 2023: 6.800.000 · 63.612 km² · 125 municipios/);
  assert.match(html.html, /href="\/api\/v1\/profiles\/05.pdf\?year=2023&amp;lang=es"/);
  assert.match(html.html, /href="\/\?axis=calidad&amp;dept=05"/);
  assert.match(html.html, /Municipios sin presencia: 1 de 125/);
  assert.match(html.html, /data-show="05002">Abejorral<\/button> <span class="muted">19.000 hab. · ZOMAC/);
  assert.match(html.html, /<th scope="row">EnCadena<\/th><td class="num">700<\/td>/);
  assert.match(html.html, /Urabá &lt;Antioqueño&gt; \(8\)/);
  assert.match(html.html, /data-show="27">Chocó<\/button> <span class="muted">sin presencia/);
  assert.doesNotMatch(html.html, /style=/);
});

test('the PDF link follows the page\'s language', () => {
  assert.equal(profileLinks(antioquiaView, stateOf('?dept=05&lang=en')).pdf, '/api/v1/profiles/05.pdf?year=2023&lang=en');
});

test('the years are a table with bars proportional to the beneficiaries, the year shown in bold', () => {
  const html = yearsHtml(antioquia.years, '2023', translator('en'), formatter('en'));
  assert.match(html, /<rect x="0" y="1" height="8" width="50"><\/rect>/);
  assert.match(html, /<tr class="current"><th scope="row">2023<\/th>/);
});

test('a municipality\'s profile starts with its department\'s figures; the national view has none', () => {
  const tumaco = { ...antioquia, territory: { ...antioquia.territory, kind: 'municipality', name: 'Medellín', code: '05001', units: 1, neighbours: [] },
    department: { code: '05', name: 'Antioquia', headline: antioquia.headline }, unreached: [] };
  const mview = { ...antioquiaView, figures: { ...antioquiaView.figures, profile: tumaco } };
  const html = profileHtml(mview, stateOf('?mun=05001'), translator('en'), formatter('en'));
  assert.equal(html.heading, 'Profile of Medellín (Antioquia)');
  assert.match(html.html, /data-show="05">Antioquia<\/button>: 1 of 125 municipalities/);
  assert.doesNotMatch(html.html, /not reached: /);
  assert.equal(profileHtml(view, stateOf(''), translator('en'), formatter('en')), null);
});
