// The shared classification vectors: the same file geo-core's ClassificationVectorsTest checks the Java against.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choroplethClasses, classify, colourOf } from '../../main/resources/static/map/classify.js';
import { findRamp, rampColours, readRamps } from '../../main/resources/static/map/ramps.js';
import { classificationVectors, colorRampsJson } from './paths.js';

const vectors = classificationVectors();
const definition = readRamps(colorRampsJson());

test('the vectors cover every method, every ramp and the zero class', () => {
  assert.deepEqual([...new Set(vectors.breaks.map(c => c.method))].sort(), ['equal', 'jenks', 'quantiles']);
  assert.deepEqual([...new Set(vectors.colours.map(c => c.ramp))], definition.ramps.map(r => r.id));
  assert.ok(vectors.choropleth.some(c => c.zeroClass) && vectors.choropleth.some(c => !c.zeroClass));
});

for (const c of vectors.breaks) {
  test('limits: ' + c.name, () => {
    assert.deepEqual(classify(c.values, c.method, c.classes), c.bounds);
  });
}

for (const c of vectors.colours) {
  test('colours: ' + c.ramp + ', ' + c.classes, () => {
    assert.deepEqual(rampColours(findRamp(definition, c.ramp), c.classes), c.colours);
  });
}

for (const c of vectors.choropleth) {
  test('choropleth: ' + c.name + ', ' + c.method + ', ' + c.classes + ', ' + c.ramp, () => {
    const classes = choroplethClasses(c.values, c.method, c.classes, findRamp(definition, c.ramp), definition);
    assert.equal(classes.zeroClass, c.zeroClass);
    assert.deepEqual(classes.bounds, c.bounds);
    assert.deepEqual(classes.colours, c.colours);
    assert.deepEqual(c.values.map(v => colourOf(classes, v)), c.valueColours);
  });
}
