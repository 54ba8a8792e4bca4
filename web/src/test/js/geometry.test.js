import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARCHIPELAGO, boundaryLines, boundsOf, decodeCollection, decodeRing, departmentBounds }
  from '../../main/resources/static/map/geometry.js';

// Four unit squares in a row, two departments: A (05) | B (05) | C (76) | D (76).
const square = (id, dept, x) => ({ type: 'Feature', id, properties: { dept },
  geometry: { type: 'MultiPolygon', coordinates: [[[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]]] } });
const row = [square('A', '05', 0), square('B', '05', 1), square('C', '76', 2), square('D', '76', 3)];
const dept = f => f.properties.dept;

const length = lines => lines.reduce((sum, line) => sum + line.length - 1, 0);

test('a delta ring decodes to the positions it was written from', () => {
  assert.deepEqual(decodeRing([-75000, 6000, 500, 0, 0, 500, -500, 0, 0, -500], 1000),
    [[-75, 6], [-74.5, 6], [-74.5, 6.5], [-75, 6.5], [-75, 6]]);
});

test('a delta collection decodes to plain GeoJSON; a plain one is left as it is', () => {
  const encoded = { type: 'FeatureCollection', encoding: { type: 'delta', scale: 1000 },
    features: [{ type: 'Feature', id: '95001', properties: { name: 'x' }, geometry: { type: 'MultiPolygon', coordinates: [[[1000, 2000, 1, 0, 0, 1, -1, -1]]] } }] };
  const plain = decodeCollection(encoded);
  assert.deepEqual(plain.features[0].geometry.coordinates, [[[[1, 2], [1.001, 2], [1.001, 2.001], [1, 2]]]]);
  assert.equal(plain.features[0].id, '95001');
  assert.equal(plain.encoding, undefined);
  const already = { type: 'FeatureCollection', features: [] };
  assert.equal(decodeCollection(already), already);
});

test('department borders: the outer edge and the one border between departments, each drawn once', () => {
  const lines = boundaryLines(row, dept);
  // outline of the 4×1 rectangle (10 unit segments) + the border between B and C (1), none between A|B or C|D.
  assert.equal(length(lines), 11);
  const segments = lines.flatMap(line => line.slice(1).map((p, i) => [line[i], p]));
  assert.deepEqual(segments.filter(([a, b]) => a[0] === 1 && b[0] === 1), [], 'nothing drawn between two units of one department');
  assert.equal(segments.filter(([a, b]) => a[0] === 2 && b[0] === 2).length, 1, 'the border between departments, once');
});

test('one department\'s outline: its own edge only', () => {
  const outline = boundaryLines(row, dept, '76');
  assert.equal(length(outline), 6, 'a 2×1 rectangle');
  assert.ok(outline.flat().every(([x]) => x >= 2));
});

test('bounds of features and of a department\'s box, in Leaflet\'s order', () => {
  assert.deepEqual(boundsOf(row), [[0, 0], [1, 4]]);
  assert.equal(boundsOf([]), null);
  assert.deepEqual(departmentBounds({ departments: [{ code: '52', bbox: [-79, 0.3, -76.8, 2.7] }] }, '52'), [[0.3, -79], [2.7, -76.8]]);
  assert.equal(departmentBounds({ departments: [] }, '52'), null);
  assert.equal(ARCHIPELAGO, '88');
});
