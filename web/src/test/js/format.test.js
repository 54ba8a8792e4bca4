import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, formatter, locale } from '../../main/resources/static/map/format.js';

test('Colombian Spanish: dots for thousands, comma for decimals, a no-break space before %', () => {
  const es = formatter('es');
  assert.equal(es.number(1066), '1.066', 'es-CO groups four digits too (plain es would not)');
  assert.equal(es.number(1234567), '1.234.567');
  assert.equal(es.number(12.345, 1), '12,3');
  assert.equal(es.number(12, 1), '12');
  assert.equal(es.percent(615 / 1121), '54,9\u00a0%');
  assert.equal(es.locale, 'es-CO');
});

test('English: commas for thousands, point for decimals, % without a space', () => {
  const en = formatter('en');
  assert.equal(en.number(1234567), '1,234,567');
  assert.equal(en.number(12.345, 1), '12.3');
  assert.equal(en.percent(0.549), '54.9%');
  assert.equal(locale('en'), 'en-US');
});

test('missing values are an em dash', () => {
  assert.equal(formatter('es').number(null), '—');
  assert.equal(formatter('en').percent(undefined), '—');
});

test('HTML text is escaped, null is empty', () => {
  assert.equal(escapeHtml('<a href="x">Bogotá & \'D.C.\'</a>'), '&lt;a href=&quot;x&quot;&gt;Bogotá &amp; &#39;D.C.&#39;&lt;/a&gt;');
  assert.equal(escapeHtml(null), '');
  assert.equal(escapeHtml(5), '5');
});
