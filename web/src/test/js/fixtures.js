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

export const config = Object.freeze({
  dataset: 'demo', defaultYear: 2023, years: [2022, 2023], programs: ['EnCadena', 'Fábricas de Productividad'],
  axes: [{ id: 'calidad', label: 'Calidad' }, { id: 'productividad', label: 'Productividad' }],
  sizes: [{ id: 'micro', label: 'Micro' }, { id: 'pequena', label: 'Pequeña' }],
  departments: [{ code: '05', name: 'Antioquia', bbox: [-77.1, 5.4, -73.9, 8.9] }, { code: '76', name: 'Valle del Cauca', bbox: [-77.6, 3.1, -75.7, 5.0] }],
  groups: [{ id: 'pdet', name: 'PDET' }, { id: 'ecb', name: 'Territorios ECB' }]
});

export const view = Object.freeze({
  config,
  year: '2023',
  geometry: {
    level: 0,
    mun: { features: [feature('05001', '05', 'Medellín', 'Antioquia'), feature('05002', '05', 'Abejorral', 'Antioquia'), feature('76001', '76', 'Cali <script>', 'Valle del Cauca')] },
    dep: { features: [feature('05', null, 'Antioquia'), feature('76', null, 'Valle del Cauca')] }
  },
  overlays: { pdet: null, zomac: null, group: null },
  figures: {
    coverage: { dataset: { id: 'demo', name: 'Demo', synthetic: true }, source: 'Demo (sintético)', headline: { year: 2023 } },
    munList: mun, mun: Object.fromEntries(mun.map(r => [r.code, r])),
    depList: dep, dep: Object.fromEntries(dep.map(r => [r.code, r])),
    profile: null, targets: { items: [] }, gaps: null, groupMembers: null, comparison: null
  }
});

const reach = (reached, of) => ({ reached, of, share: of ? reached / of : null });
const headline = (year, beneficiaries, municipalities, pdet) => ({ year, denominator: { units: municipalities.of, vintageYear: year }, beneficiaries,
  interventions: beneficiaries + 100, municipalities, departments: reach(1, 1), pdetMunicipalities: pdet, pdetSubregions: reach(1, 2),
  zomacMunicipalities: reach(0, 0), populationBand: reach(1, 120), groups: [], concentrationTop10: { count: 5, of: 4, share: 1.25 },
  mipyme: { count: 3, of: 4, share: 0.75 } });

/** Antioquia's profile as /api/v1/profiles/05 answers it (two of its units, one reached). */
export const antioquia = Object.freeze({
  dataset: { id: 'demo', name: 'Demo', synthetic: true }, source: 'Demo (sintético)', denominator: { units: 125, vintageYear: 2023 },
  territory: { code: '05', name: 'Antioquia', kind: 'department', departmentCode: '05', departmentName: 'Antioquia', units: 125, population: 6800000,
    populationYear: 2023, areaKm2: 63612.4, rurality: null,
    groups: [{ group: 'pdet', groupName: 'PDET', territories: [{ id: 'uraba', name: 'Urabá <Antioqueño>', municipalities: 8 }] }],
    neighbours: [{ code: '23', name: 'Córdoba', departmentName: null, reached: true }, { code: '27', name: 'Chocó', departmentName: null, reached: false }] },
  headline: headline(2023, 1200, reach(1, 125), reach(0, 24)),
  national: headline(2023, 2000, reach(2, 1121), reach(5, 170)),
  department: null,
  programs: [{ id: 'EnCadena', name: 'EnCadena', beneficiaries: 700, interventions: 750 }],
  axes: [{ id: 'calidad', name: 'Calidad', beneficiaries: 1200, interventions: 1300 }],
  years: [{ year: 2022, beneficiaries: 600, interventions: 640, municipalities: reach(1, 125) }, { year: 2023, beneficiaries: 1200, interventions: 1300, municipalities: reach(1, 125) }],
  unreached: [{ code: '05002', name: 'Abejorral', population: 19000, pdet: false, zomac: true }],
  municipalities: mun.slice(0, 2),
  links: { pdf: '/api/v1/profiles/05.pdf?year=2023', portal: '/?dept=05&year=2023' }
});

/** The view of Antioquia's profile. */
export const antioquiaView = Object.freeze({
  ...view,
  figures: { ...view.figures, profile: antioquia, munList: antioquia.municipalities, mun: Object.fromEntries(antioquia.municipalities.map(r => [r.code, r])),
    coverage: { dataset: antioquia.dataset, source: antioquia.source, denominator: antioquia.denominator, headline: antioquia.headline },
    national: antioquia.national, depList: [], dep: {} }
});
