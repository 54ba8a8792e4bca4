import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../main/resources/static/map/i18n.js';
import { configProblems, nameKey, noticesHtml, parseProblems, problemText, searchableProblem }
  from '../../main/resources/static/map/notices.js';
import { parseQuery } from '../../main/resources/static/map/state.js';
import { config } from './fixtures.js';

const stateOf = search => parseQuery(search).state;
const es = translator('es');
const en = translator('en');

test('names compare as the server compares programs', () => {
  assert.equal(nameKey('Fábricas de  Productividad, V'), 'fabricas de productividad v');
  assert.equal(nameKey(null), '');
});

test('a year the dataset lacks says which years it has, in each language', () => {
  const { state, problems } = configProblems(stateOf('?year=2021'), config);
  assert.equal(state.year, '');
  assert.deepEqual(problems, [{ param: 'year', value: '2021', available: ['2022', '2023'] }]);
  assert.equal(problemText(problems[0], es), 'No hay datos de 2021; disponibles: 2022, 2023. Se muestra el año por defecto.');
  assert.equal(problemText(problems[0], en), 'There are no data for 2021; available: 2022, 2023. The default year is shown.');
});

test('programs match whatever their accents and case; an unknown one falls back to all', () => {
  assert.deepEqual(configProblems(stateOf('?program=fabricas%20de%20productividad'), config).problems, []);
  const { state, problems } = configProblems(stateOf('?program=Nope'), config);
  assert.equal(state.program, '');
  assert.equal(problemText(problems[0], es), 'El programa «Nope» no está en este conjunto de datos; se muestran todos los programas.');
});

test('an unknown department, a comparison with the year itself or a missing year fall back', () => {
  assert.deepEqual(configProblems(stateOf('?dept=99'), config).problems, [{ param: 'dept', value: '99' }]);
  assert.deepEqual(configProblems(stateOf('?mun=99001'), config).problems, [{ param: 'mun', value: '99001' }]);
  assert.deepEqual(configProblems(stateOf('?compare=2019'), config).problems, [{ param: 'compare', value: '2019', available: ['2022'] }]);
  assert.deepEqual(configProblems(stateOf('?compare=2022'), config).problems, []);
});

test('values that are not valid at all say what is allowed', () => {
  const { invalid, values } = parseQuery('?figure=foo&classes=99&dept=Narino&year=23');
  const problems = parseProblems(invalid, values);
  assert.deepEqual(problems.map(p => p.param), ['year', 'dept', 'figure', 'classes']);
  assert.equal(problemText(problems[0], es), 'Año «23» no válido: escriba un año como 2023.');
  assert.match(problemText(problems[1], es), /No existe el departamento «Narino»: use su código DIVIPOLA de 2 cifras/);
  assert.equal(problemText(problems[2], en), 'figure=foo is not valid (options: beneficiaries, interventions, per10k, reached, valueAdded, primaryShare, secondaryShare, tertiaryShare, presence); the default is used.');
  assert.equal(problemText(problems[3], es), 'El valor classes=99 no es válido (opciones: 3–7); se usa el valor por defecto.');
  assert.ok(searchableProblem(problems[1]), 'a name is worth a place search');
  assert.ok(!searchableProblem({ param: 'dept', value: '99' }));
});

test('the notices list each problem, with a suggestion when one was found, escaped', () => {
  const html = noticesHtml([{ param: 'dept', value: '<b>Narino' }], { dept: { name: 'Nariño', href: '/?dept=52' } }, es);
  assert.match(html, /<li>No existe el departamento «&lt;b&gt;Narino»/);
  assert.match(html, /<a href="\/\?dept=52">¿Quiso decir Nariño\?<\/a>/);
  assert.equal(noticesHtml([], {}, es), '');
});
