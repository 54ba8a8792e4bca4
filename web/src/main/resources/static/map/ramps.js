/*
 * The colour ramps, as geo-core's color-ramps.json defines them (the page reads it from /api/v1/map/color-ramps):
 * checking the definition and sampling k colours from a ramp with the same rule as co.presencia.map.ColorRamp.
 * Plain functions, no DOM.
 */

const HEX = /^#[0-9a-f]{6}$/;

function colour(value, where) {
  if (typeof value !== 'string' || !HEX.test(value)) {
    throw new Error(where + ': "' + value + '" is not #rrggbb in lower case');
  }
  return value;
}

/** The definition checked: {noData, zero, ramps: [{id, name, kind, skipLightestUpTo, colours}]}, frozen. */
export function readRamps(json) {
  const ids = new Set();
  const ramps = (json.ramps || []).map(r => {
    if (ids.has(r.id)) {
      throw new Error('Ramp ' + r.id + ' is defined twice');
    }
    ids.add(r.id);
    if (!Array.isArray(r.colours) || r.colours.length < 2) {
      throw new Error('Ramp ' + r.id + ' needs at least two colours');
    }
    return Object.freeze({
      id: r.id, name: r.name, kind: r.kind, skipLightestUpTo: r.skipLightestUpTo || 0,
      colours: Object.freeze(r.colours.map(c => colour(c, 'ramp ' + r.id)))
    });
  });
  return Object.freeze({ noData: colour(json.noData, 'noData'), zero: colour(json.zero, 'zero'), ramps: Object.freeze(ramps) });
}

/** The ramp with this id, or undefined. */
export function findRamp(definition, id) {
  return definition.ramps.find(r => r.id === id);
}

/** The ramps for counts and rates (light to dark), for the page's menu. */
export function sequentialRamps(definition) {
  return definition.ramps.filter(r => r.kind === 'sequential');
}

const rgb = hex => [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
const hex = values => '#' + values.map(v => v.toString(16).padStart(2, '0')).join('');

function at(anchors, position) {
  const i = Math.floor(position);
  if (i >= anchors.length - 1) {
    return hex(anchors[anchors.length - 1]);
  }
  const f = position - i;
  const a = anchors[i];
  const b = anchors[i + 1];
  return hex(a.map((v, c) => Math.round(v + (b[c] - v) * f)));
}

/**
 * {@code k} colours spread evenly over the ramp's colours, interpolated linearly in sRGB and rounded; from the second
 * colour when k <= skipLightestUpTo; with one class, the middle of the sampled range.
 */
export function rampColours(ramp, k) {
  if (!(k >= 1)) {
    throw new Error('k must be at least 1');
  }
  const anchors = ramp.colours.map(rgb);
  const start = k <= ramp.skipLightestUpTo ? 1 : 0;
  const end = anchors.length - 1;
  const out = [];
  for (let i = 0; i < k; i++) {
    const position = k === 1 ? (start + end) / 2 : start + (end - start) * i / (k - 1);
    out.push(at(anchors, position));
  }
  return out;
}
