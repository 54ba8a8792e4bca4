/*
 * Geometry as the page receives and derives it, plain functions over GeoJSON (no DOM, no Leaflet): the delta form
 * the geometry API writes (encoding=delta) decoded to GeoJSON, the outlines of groups of units (department borders,
 * a department's outline) derived from the municipal coverage itself, and bounding boxes. The municipal layer is a
 * clean coverage whose shared borders have the same positions on both sides, so a border is a segment two units
 * share and an outline is where a unit's neighbour belongs to another group, or to none (the coast, the border).
 */

/** The positions of a delta-encoded ring: the first absolute, every next one the difference from the one before. */
export function decodeRing(flat, scale) {
  const ring = new Array(flat.length / 2);
  let x = 0;
  let y = 0;
  for (let i = 0; i < flat.length; i += 2) {
    x += flat[i];
    y += flat[i + 1];
    ring[i / 2] = [x / scale, y / scale];
  }
  return ring;
}

/** A FeatureCollection in plain GeoJSON: delta-encoded ones ({encoding: {type: 'delta', scale}}) decoded, others as they are. */
export function decodeCollection(collection) {
  const encoding = collection && collection.encoding;
  if (!encoding || encoding.type !== 'delta') {
    return collection;
  }
  const scale = encoding.scale;
  return {
    type: 'FeatureCollection',
    features: collection.features.map(f => ({
      type: 'Feature', id: f.id, properties: f.properties,
      geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates.map(polygon => polygon.map(ring => decodeRing(ring, scale))) }
    }))
  };
}

function polygonsOf(geometry) {
  if (!geometry) {
    return [];
  }
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** A position as one number (exact for up to five decimals of degrees): the key of a corner shared by two units. */
const pointKey = p => Math.round((p[0] + 180) * 1e5) * 16777216 + Math.round((p[1] + 90) * 1e5);

/** What is known of a segment: the group of the unit that has it, or that two units of one group share it. */
const INSIDE = Symbol('inside');

/**
 * The lines where units of one group meet another group or nothing, as polylines ([[lon, lat], ...]): with
 * {@code only}, the outline of that group's units; without, every group's, each border drawn once.
 * {@code groupOf(feature)} names a unit's group (its department code). Segments are keyed by their corners'
 * numbers in two maps (no strings), so the 45,000 positions of the national layer take a few tens of milliseconds.
 */
export function boundaryLines(features, groupOf, only) {
  const owners = new Map(); // low corner -> (high corner -> group | INSIDE | [group, group])
  const visit = (f, each) => {
    for (const polygon of polygonsOf(f.geometry)) {
      for (const ring of polygon) {
        let previous = pointKey(ring[0]);
        for (let i = 1; i < ring.length; i++) {
          const current = pointKey(ring[i]);
          each(ring, i, previous < current ? previous : current, previous < current ? current : previous);
          previous = current;
        }
      }
    }
  };
  for (const f of features) {
    const g = groupOf(f);
    visit(f, (ring, i, lo, hi) => {
      let inner = owners.get(lo);
      if (!inner) {
        inner = new Map();
        owners.set(lo, inner);
      }
      const known = inner.get(hi);
      inner.set(hi, known === undefined ? g : known === g ? INSIDE : known === INSIDE ? INSIDE : [known, g]);
    });
  }
  const drawn = (owner, g) => {
    if (owner === INSIDE) {
      return false;
    }
    if (!Array.isArray(owner)) {
      return true; // only this unit has it: the coast or the national border
    }
    const other = owner[0] === g ? owner[1] : owner[0];
    return only != null || g < other; // a border between groups, once
  };
  const lines = [];
  for (const f of features) {
    const g = groupOf(f);
    if (only != null && g !== only) {
      continue;
    }
    let run = null;
    let ringOf = null;
    visit(f, (ring, i, lo, hi) => {
      if (ring !== ringOf || i === 1) {
        if (run) {
          lines.push(run);
        }
        run = null;
        ringOf = ring;
      }
      if (drawn(owners.get(lo).get(hi), g)) {
        run = run || [ring[i - 1]];
        run.push(ring[i]);
      } else if (run) {
        lines.push(run);
        run = null;
      }
    });
    if (run) {
      lines.push(run);
    }
  }
  return lines;
}

/** A MultiLineString feature of {@code lines}, for Leaflet and the PNG. */
export function linesFeature(id, lines) {
  return { type: 'Feature', id, properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}

/** [[south, west], [north, east]] of the features (Leaflet's bounds order), or null when there are none. */
export function boundsOf(features) {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const f of features) {
    for (const polygon of polygonsOf(f.geometry)) {
      for (const [x, y] of polygon[0]) {
        west = Math.min(west, x);
        east = Math.max(east, x);
        south = Math.min(south, y);
        north = Math.max(north, y);
      }
    }
  }
  return west === Infinity ? null : [[south, west], [north, east]];
}

/** A department's box from the map settings ([west, south, east, north]) in Leaflet's bounds order, or null. */
export function departmentBounds(config, code) {
  const d = config && config.departments && config.departments.find(x => x.code === code);
  return d ? [[d.bbox[1], d.bbox[0]], [d.bbox[3], d.bbox[2]]] : null;
}

/** The San Andrés archipelago (department 88): drawn in an inset so the map frames the mainland. */
export const ARCHIPELAGO = '88';

/** Colombia without the archipelago, [[south, west], [north, east]]. */
export const MAINLAND = Object.freeze([[-4.25, -79.05], [12.5, -66.85]]);
