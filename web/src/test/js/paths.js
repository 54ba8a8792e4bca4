// Where the tests find the modules under test and geo-core's shared map definitions (relative to this folder).
import { readFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);

/** URL of a page module, e.g. module('state.js'). */
export const module = name => new URL('../../main/resources/static/map/' + name, here).href;

/** geo-core's colour definition, as the page receives it from /api/v1/map/color-ramps. */
export const colorRampsJson = () => JSON.parse(readFileSync(new URL('../../../../geo-core/src/main/resources/co/presencia/map/color-ramps.json', here)));

/** The classification vectors the JUnit test ClassificationVectorsTest checks too. */
export const classificationVectors = () =>
  JSON.parse(readFileSync(new URL('../../../../geo-core/src/test/resources/co/presencia/map/classification-vectors.json', here)));
