import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AXES_EN, GLOSSARY, STRINGS, optionLabel, t, translator } from '../../main/resources/static/map/i18n.js';

test('Spanish and English have the same keys, none empty', () => {
  assert.deepEqual(Object.keys(STRINGS.en).sort(), Object.keys(STRINGS.es).sort());
  for (const lang of ['es', 'en']) {
    for (const [key, value] of Object.entries(STRINGS[lang])) {
      assert.ok(typeof value === 'string' && value.trim() !== '', lang + '.' + key);
    }
  }
});

test('every glossary term has its text in both languages', () => {
  for (const term of GLOSSARY) {
    assert.ok(STRINGS.es['g_' + term] && STRINGS.en['g_' + term], term);
  }
});

test('placeholders are replaced, every occurrence', () => {
  assert.equal(t('es', 'xOfY', { x: '615', y: '1.121', what: 'municipios', pct: '54,9 %' }), '615 de 1.121 municipios (54,9 %)');
  assert.equal(t('en', 'titleMun', { figure: 'Beneficiaries', year: 2023 }), 'Beneficiaries by municipality, 2023');
});

test('an unknown language falls back to Spanish, an unknown key shows itself', () => {
  assert.equal(t('fr', 'reset'), 'Restablecer');
  assert.equal(t('en', 'noSuchKey'), 'noSuchKey');
  assert.equal(translator('en')('reset'), 'Reset');
});

test('server options are translated when an English name is known', () => {
  assert.equal(optionLabel('en', { id: 'calidad', label: 'Calidad' }, AXES_EN), 'Quality');
  assert.equal(optionLabel('en', { id: 'nueva', label: 'Nueva' }, AXES_EN), 'Nueva');
  assert.equal(optionLabel('es', { id: 'calidad', label: 'Calidad' }, AXES_EN), 'Calidad');
});
