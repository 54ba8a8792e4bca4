import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_DATA, ZERO, choroplethClassOf, choroplethClasses, classOf, classify, colourOf }
  from '../../main/resources/static/map/classify.js';
import { readRamps } from '../../main/resources/static/map/ramps.js';
import { colorRampsJson } from './paths.js';

const definition = readRamps(colorRampsJson());
const viridis = definition.ramps.find(r => r.id === 'viridis');

test('jenks finds three obvious groups, quantiles cut by count', () => {
  assert.deepEqual(classify([1, 2, 3, 10, 11, 12, 50, 51, 52], 'jenks', 3), [1, 3, 12, 52]);
  assert.deepEqual(classify([1, 2, 3, 4, 5, 6, 7, 8], 'quantiles', 4), [1, 2, 4, 6, 8]);
});

test('equal intervals cut the range into equal widths', () => {
  assert.deepEqual(classify([1, 22, 2, 3, 10, 11, 12, 20, 21], 'equal', 3), [1, 8, 15, 22]);
});

test('null and NaN are ignored; nothing left gives [0, 0]; one value gives [v, v]', () => {
  assert.deepEqual(classify([null, NaN, 1, 2, 3, 10], 'jenks', 2), [1, 3, 10]);
  assert.deepEqual(classify([null, NaN], 'quantiles', 5), [0, 0]);
  assert.deepEqual(classify([4, 4, 4], 'jenks', 5), [4, 4]);
});

test('the input is not reordered', () => {
  const values = [3, 1, 2];
  classify(values, 'quantiles', 2);
  assert.deepEqual(values, [3, 1, 2]);
});

test('an unknown method or no class is an error', () => {
  assert.throws(() => classify([1, 2], 'kmeans', 3), /Unknown classification kmeans/);
  assert.throws(() => classify([1, 2], 'jenks', 0), /At least one class/);
});

test('classOf puts a limit in the class it closes and clamps values outside the range', () => {
  const bounds = [1, 3, 12, 52];
  assert.equal(classOf(1, bounds), 0);
  assert.equal(classOf(3, bounds), 0);
  assert.equal(classOf(3.5, bounds), 1);
  assert.equal(classOf(52, bounds), 2);
  assert.equal(classOf(-5, bounds), 0);
  assert.equal(classOf(99, bounds), 2);
});

test('on a map of counts, 0 is a class of its own and the positive values get all the classes', () => {
  const values = [0, 0, 1, 2, 3, 4, 5, 6, null];
  const classes = choroplethClasses(values, 'quantiles', 3, viridis, definition);
  assert.equal(classes.zeroClass, true);
  assert.deepEqual(classes.bounds, [1, 2, 4, 6]);
  assert.equal(classes.colours.length, 3);
  assert.equal(choroplethClassOf(classes, 0), ZERO);
  assert.equal(choroplethClassOf(classes, null), NO_DATA);
  assert.equal(colourOf(classes, 0), definition.zero);
  assert.equal(colourOf(classes, null), definition.noData);
  assert.equal(colourOf(classes, 1), classes.colours[0]);
  assert.notEqual(colourOf(classes, 1), colourOf(classes, 0));
});

test('with a negative value, 0 is an ordinary value', () => {
  const classes = choroplethClasses([-2, 0, 3], 'quantiles', 3, viridis, definition);
  assert.equal(classes.zeroClass, false);
  assert.deepEqual(classes.bounds, [-2, 0, 3]);
  assert.equal(choroplethClassOf(classes, 0), 0);
  assert.equal(colourOf(classes, 0), classes.colours[0]);
  assert.notEqual(colourOf(classes, 0), definition.zero);
});

test('only zeros: every unit in the zero colour, no class', () => {
  const classes = choroplethClasses([0, 0, null], 'jenks', 5, viridis, definition);
  assert.deepEqual(classes.bounds, []);
  assert.equal(colourOf(classes, 0), definition.zero);
  assert.equal(colourOf(classes, null), definition.noData);
});
