import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRamp, rampColours, readRamps, sequentialRamps } from '../../main/resources/static/map/ramps.js';
import { colorRampsJson } from './paths.js';

const json = colorRampsJson();

test('the served definition reads: five ramps, four of them for counts, and the reserved colours', () => {
  const definition = readRamps(json);
  assert.deepEqual(definition.ramps.map(r => r.id), ['viridis', 'ylgnbu', 'blues', 'purples', 'puor']);
  assert.deepEqual(sequentialRamps(definition).map(r => r.id), ['viridis', 'ylgnbu', 'blues', 'purples']);
  assert.equal(definition.noData, '#d9d9d9');
  assert.equal(definition.zero, '#f4f1e8');
  assert.ok(Object.isFrozen(definition.ramps[0].colours));
});

test('k colours run along the ramp: nine classes are its nine colours, light to dark', () => {
  const viridis = findRamp(readRamps(json), 'viridis');
  assert.deepEqual(rampColours(viridis, 9), viridis.colours);
  assert.deepEqual(rampColours(viridis, 2), ['#fde725', '#440154']);
  assert.deepEqual(rampColours(viridis, 1), ['#21918c'], 'one class: the middle');
});

test('ColorBrewer ramps skip their lightest colour up to seven classes', () => {
  const blues = findRamp(readRamps(json), 'blues');
  assert.equal(rampColours(blues, 7)[0], '#deebf7');
  assert.equal(rampColours(blues, 8)[0], '#f7fbff');
});

test('a broken definition is refused', () => {
  const ramp = { id: 'a', name: 'A', kind: 'sequential', skipLightestUpTo: 0, colours: ['#000000', '#ffffff'] };
  assert.throws(() => readRamps({ noData: '#d9d9d9', zero: '#f4f1e8', ramps: [ramp, ramp] }), /defined twice/);
  assert.throws(() => readRamps({ noData: '#D9D9D9', zero: '#f4f1e8', ramps: [] }), /#D9D9D9/);
  assert.throws(() => readRamps({ noData: '#d9d9d9', zero: '#f4f1e8', ramps: [{ ...ramp, colours: ['#000000'] }] }), /two colours/);
  assert.throws(() => rampColours(ramp, 0), /k must be at least 1/);
});
