/*
 * Classification for the choropleth, the same rules as geo-core's co.presencia.map.ClassificationMethod and
 * ChoroplethClasses, operation for operation, so the web map and the static maps give the same limits and colours
 * for the same values (classification-vectors.json in geo-core's test resources is checked against both).
 * Plain functions, no DOM.
 *
 * Limits are "bounds": [minimum, upper limit of class 1, ..., maximum]; class i holds (bounds[i], bounds[i+1]],
 * and the first class also holds the minimum.
 */
import { rampColours } from './ramps.js';

/** Bounds at the k-quantiles of the sorted values (nearest rank, so every bound is an observed value). */
function quantileBounds(sorted, k) {
  const n = sorted.length;
  const bounds = new Array(k + 1);
  bounds[0] = sorted[0];
  for (let i = 1; i < k; i++) {
    const rank = Math.ceil(i * n / k) - 1;
    bounds[i] = sorted[Math.max(0, Math.min(n - 1, rank))];
  }
  bounds[k] = sorted[n - 1];
  return bounds;
}

/** Bounds min + (max - min) * i / k. */
function equalIntervalBounds(sorted, k) {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const bounds = new Array(k + 1);
  bounds[0] = min;
  for (let i = 1; i < k; i++) {
    bounds[i] = min + (max - min) * i / k;
  }
  bounds[k] = max;
  return bounds;
}

function ssd(prefix, prefixSq, from, to) {
  const sum = prefix[to] - prefix[from];
  const sq = prefixSq[to] - prefixSq[from];
  return sq - sum * sum / (to - from);
}

/** Jenks/Fisher optimal classes by dynamic programming, O(k·n²); of equally good cuts, the earliest wins. */
function jenksBounds(sorted, k) {
  const n = sorted.length;
  if (k >= n) {
    return sorted.slice();
  }
  const prefix = new Float64Array(n + 1);
  const prefixSq = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i] + sorted[i];
    prefixSq[i + 1] = prefixSq[i] + sorted[i] * sorted[i];
  }
  // cost[j][m]: least within-class sum of squares of the first m values in j+1 classes; cut[j][m]: start of the last class.
  const cost = [];
  const cut = [];
  for (let j = 0; j < k; j++) {
    cost.push(new Float64Array(n + 1));
    cut.push(new Int32Array(n + 1));
  }
  for (let m = 1; m <= n; m++) {
    cost[0][m] = ssd(prefix, prefixSq, 0, m);
  }
  for (let j = 1; j < k; j++) {
    for (let m = j + 1; m <= n; m++) {
      let best = Number.MAX_VALUE;
      let bestStart = j;
      for (let start = j; start < m; start++) {
        const c = cost[j - 1][start] + ssd(prefix, prefixSq, start, m);
        if (c < best) {
          best = c;
          bestStart = start;
        }
      }
      cost[j][m] = best;
      cut[j][m] = bestStart;
    }
  }
  const bounds = new Array(k + 1);
  bounds[k] = sorted[n - 1];
  bounds[0] = sorted[0];
  let m = n;
  for (let j = k - 1; j >= 1; j--) {
    const start = cut[j][m];
    bounds[j] = sorted[start - 1];
    m = start;
  }
  return bounds;
}

const METHODS = { quantiles: quantileBounds, jenks: jenksBounds, equal: equalIntervalBounds };

/** The bounds without repeats (each kept only when greater than the last kept); one value gives [v, v]. */
function increasing(bounds) {
  const kept = [];
  for (const b of bounds) {
    if (kept.length === 0 || b > kept[kept.length - 1]) {
      kept.push(b);
    }
  }
  return kept.length === 1 ? [kept[0], kept[0]] : kept;
}

const isValue = v => v != null && !Number.isNaN(v);

/**
 * Bounds of {@code values} (null and NaN ignored) in at most {@code k} classes by {@code method} (quantiles, jenks,
 * equal); [0, 0] when no value is left. Repeated limits collapse, so few distinct values give fewer classes.
 */
export function classify(values, method, k) {
  const bounds = METHODS[method];
  if (!bounds) {
    throw new Error('Unknown classification ' + method);
  }
  if (!(k >= 1)) {
    throw new Error('At least one class');
  }
  const sorted = values.filter(isValue).sort((a, b) => a - b);
  return sorted.length === 0 ? [0, 0] : increasing(bounds(sorted, k));
}

/** The class (0 … bounds.length - 2) of a value; values outside the range go to the nearest end class. */
export function classOf(value, bounds) {
  for (let i = 1; i < bounds.length - 1; i++) {
    if (value <= bounds[i]) {
      return i - 1;
    }
  }
  return bounds.length - 2;
}

/** classOf results besides 0 … classes - 1: the unit has no value, or its value is 0 and 0 is a class of its own. */
export const NO_DATA = -2;
export const ZERO = -1;

/**
 * The classes of a choropleth (geo-core's ChoroplethClasses): units without a value are not classified; when no value
 * is negative and some are 0 (a count with units not reached), 0 is a class of its own and the positive values are
 * classified into {@code k} classes; otherwise every value is. {@code definition} is the served colour definition
 * ({@link readRamps}). Returns {zeroClass, bounds ([] when nothing is left to classify), colours, zero, noData}.
 */
export function choroplethClasses(values, method, k, ramp, definition) {
  const present = values.filter(isValue);
  const zeroClass = present.every(v => v >= 0) && present.some(v => v === 0);
  const classified = present.filter(v => !zeroClass || v > 0);
  const base = { zeroClass, zero: definition.zero, noData: definition.noData };
  if (classified.length === 0) {
    return { ...base, bounds: [], colours: [] };
  }
  const bounds = classify(classified, method, k);
  return { ...base, bounds, colours: rampColours(ramp, bounds.length - 1) };
}

/** The class of a value under {@link choroplethClasses}: {@link NO_DATA}, {@link ZERO} or 0 … classes - 1. */
export function choroplethClassOf(classes, value) {
  if (!isValue(value)) {
    return NO_DATA;
  }
  if (classes.zeroClass && value === 0) {
    return ZERO;
  }
  return classes.bounds.length === 0 ? NO_DATA : classOf(value, classes.bounds);
}

/** The colour of a unit with this value. */
export function colourOf(classes, value) {
  const klass = choroplethClassOf(classes, value);
  return klass === NO_DATA ? classes.noData : klass === ZERO ? classes.zero : classes.colours[klass];
}
