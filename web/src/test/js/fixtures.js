// A small view as loadView builds it: three municipalities of two departments, one not reached, one without population.
import { readRamps } from '../../main/resources/static/map/ramps.js';
import { colorRampsJson } from './paths.js';

export const ramps = readRamps(colorRampsJson());

const feature = (id, dept, name, deptName) => ({ type: 'Feature', id, properties: { code: id, dept, name, deptName }, geometry: null });

const mun = [
  { code: '05001', name: 'Medellín', departmentName: 'Antioquia', beneficiaries: 1200, interventions: 1300, population: 2600000, per10k: 4.6, reached: true },
  { code: '05002', name: 'Abejorral', departmentName: 'Antioquia', beneficiaries: 0, interventions: 0, population: 19000, per10k: 0, reached: false },
  { code: '76001', name: 'Cali <script>', departmentName: 'Valle del Cauca', beneficiaries: 800, interventions: 850, population: null, per10k: null, reached: true }
];
const dep = [
  { code: '05', name: 'Antioquia', beneficiaries: 1200, share: 0.6, interventions: 1300, municipalities: 125, municipalitiesReached: 1, population: 6800000 },
  { code: '76', name: 'Valle del Cauca', beneficiaries: 800, share: 0.4, interventions: 850, municipalities: 42, municipalitiesReached: 1, population: 0 }
];

export const view = Object.freeze({
  config: { dataset: 'demo', groups: [{ id: 'pdet', name: 'PDET' }, { id: 'ecb', name: 'Territorios ECB' }] },
  year: '2023',
  geometry: {
    level: 0,
    mun: { features: [feature('05001', '05', 'Medellín', 'Antioquia'), feature('05002', '05', 'Abejorral', 'Antioquia'), feature('76001', '76', 'Cali <script>', 'Valle del Cauca')] },
    dep: { features: [feature('05', null, 'Antioquia'), feature('76', null, 'Valle del Cauca')] }
  },
  overlays: { pdet: null, zomac: null, group: null },
  figures: {
    coverage: { dataset: { name: 'Demo', synthetic: true }, source: 'Demo (sintético)', headline: { year: 2023 } },
    munList: mun, mun: Object.fromEntries(mun.map(r => [r.code, r])),
    depList: dep, dep: Object.fromEntries(dep.map(r => [r.code, r])),
    deptRows: null, targets: { items: [] }, gaps: null, groupMembers: null
  }
});
