/*
 * Presencia map portal: every UI string, Spanish first, English second. Plain data and functions, no DOM.
 * A key missing in English falls back to Spanish, and a key missing in both is shown as itself.
 */
export const LANGUAGES = Object.freeze(['es', 'en']);

export const STRINGS = {
  es: {
    skipToData: 'Ir a las cifras y la tabla',
    tagline: 'Cobertura territorial de los programas en Colombia',
    dataset: 'Conjunto de datos',
    syntheticTitle: 'Datos sintéticos de demostración.',
    syntheticText: 'Las cifras de este conjunto fueron generadas por el proyecto; no describen beneficiarios reales.',
    syntheticShort: 'Datos sintéticos de demostración',
    filtersLabel: 'Filtros', filtersButton: 'Filtros y opciones',
    year: 'Año', axis: 'Eje', program: 'Programa', size: 'Tamaño de empresa', department: 'Departamento',
    all: 'Todos', allDepartments: 'Colombia (todos)', reset: 'Restablecer',
    mapOptions: 'Opciones del mapa', figure: 'Indicador', unit: 'Unidad', method: 'Clasificación', classes: 'Clases',
    ramp: 'Colores', layers: 'Capas',
    figBeneficiaries: 'Beneficiarios', figInterventions: 'Intervenciones',
    figPer10k: 'Beneficiarios por 10.000 habitantes', figReached: 'Con presencia (sí/no)',
    unitMun: 'Municipios', unitDep: 'Departamentos',
    quantiles: 'Cuantiles', jenks: 'Cortes naturales (Jenks)', equal: 'Intervalos iguales',
    layerPdet: 'Subregiones PDET', layerZomac: 'ZOMAC (rayado)', layerGroup: 'Grupo', layerGaps: 'Brechas del grupo',
    noGroup: '(ninguno)',
    whereLabel: 'Ubicación', backNational: 'Volver a Colombia', mapLabel: 'Mapa de cobertura',
    mapHelp: 'Mapa coroplético. Use la tabla de datos del panel como alternativa accesible; Tab recorre los controles.',
    panelLabel: 'Cifras', headline: 'Cifras principales', dataTable: 'Tabla de datos',
    downloads: 'Descargas', downloadsHelp: 'Exactamente lo que está en pantalla: filtros y departamento actuales.',
    dlCsv: 'CSV', dlCsvEs: 'CSV (Excel es-CO)', dlXlsx: 'XLSX', dlGeojson: 'GeoJSON', dlPng: 'PNG del mapa',
    targets: 'Metas', targetsCaption: 'Metas con su avance y estado', gaps: 'Brechas', summary: 'Resumen',
    embed: 'Insertar', embedHelp: 'Copie este código para mostrar la vista actual en otro sitio.', copy: 'Copiar', copied: 'Copiado',
    glossary: 'Glosario',
    loading: 'Cargando…', updated: 'Mapa actualizado', error: 'No se pudieron cargar los datos',
    titleMun: '{figure} por municipio, {year}', titleDep: '{figure} por departamento, {year}', titleIn: ' — {dept}',
    source: 'Fuente', year_: 'año',
    hBeneficiaries: 'Beneficiarios', hInterventions: 'Intervenciones', hMunicipalities: 'Municipios con presencia',
    hDepartments: 'Departamentos con presencia', hPdet: 'Municipios PDET con presencia', hPdetSub: 'Subregiones PDET con presencia',
    hZomac: 'Municipios ZOMAC con presencia', hBand: 'Municipios de menos de 200.000 habitantes con presencia',
    hTop10: 'Concentración en los 10 municipios con más beneficiarios', hMipyme: 'Mipymes entre las empresas beneficiarias',
    xOfY: '{x} de {y} {what} ({pct})', municipios: 'municipios', departamentos: 'departamentos', subregiones: 'subregiones',
    empresas: 'empresas', beneficiarios: 'beneficiarios',
    distinctBeneficiaries: 'beneficiarios distintos', records: 'registros de intervención',
    denominatorNote: 'Denominador: {d}.', denominatorText: '{n} municipios y áreas no municipalizadas vigentes en {year}',
    moreDetail: 'Más detalle por eje',
    colCode: 'Código', colName: 'Nombre', colDept: 'Departamento', colBeneficiaries: 'Beneficiarios', colShare: '% del total',
    colInterventions: 'Intervenciones', colReached: 'Municipios con presencia', colPopulation: 'Población', colPer10k: 'Por 10.000 hab.',
    colPresence: 'Presencia', yes: 'Sí', no: 'No',
    captionDepartments: 'Departamentos: beneficiarios, intervenciones y municipios con presencia, {year}',
    captionMunicipalities: 'Municipios de Colombia por beneficiarios, {year}',
    captionDeptMunicipalities: 'Municipios de {dept}: beneficiarios e intervenciones, {year}',
    sortBy: 'Ordenar por {col}',
    tName: 'Meta', tTarget: 'Meta', tAchieved: 'Avance', tStatus: 'Estado', tYears: 'Año',
    MET: 'Cumplida', NOT_MET: 'No cumplida', NO_DATA: 'Sin datos', noTargets: 'No hay metas configuradas.',
    legendNone: 'Sin beneficiarios', legendNoData: 'Sin dato de población', legendReached: 'Con presencia', legendUnreached: 'Sin presencia',
    legendPdet: 'Subregión PDET', legendZomac: 'ZOMAC', legendGap: 'Brecha: municipio del grupo sin presencia', legendGroup: 'Territorio del grupo',
    population: 'Población {year}', groupsOf: 'Grupos', viewDepartment: 'Ver {dept}',
    deptFigures: '{dept}: cifras', deptShare: 'Participación en el total nacional',
    gapsNone: 'Todos los territorios del grupo tienen presencia.',
    gapsUnreached: '{n} de {of} territorios de «{group}» sin presencia:',
    gapsBordering: '{n} municipios del grupo sin presencia limitan con municipios con presencia (resaltados en el mapa).',
    pngTitle: 'Presencia — cobertura territorial', pngMade: 'Generado el {date}',
    embedTitle: 'Mapa de cobertura territorial (Presencia)', openFull: 'Abrir en Presencia ↗',
    g_PDET: 'Programas de Desarrollo con Enfoque Territorial (Decreto Ley 893 de 2017): 170 municipios en 16 subregiones priorizadas por el conflicto, la pobreza y la debilidad institucional.',
    g_ZOMAC: 'Zonas Más Afectadas por el Conflicto Armado (Decreto 1650 de 2017): 344 municipios con beneficios tributarios para atraer empresas; 167 de ellos también son PDET.',
    g_ECB: 'Territorios estratégicos para el cierre de brechas: los 20 territorios que prioriza el plan del sector comercio, industria y turismo. La lista la carga quien planea; no se inventa.',
    g_mipyme: 'Micro, pequeñas y medianas empresas juntas. No incluye las grandes empresas ni las unidades productivas de la economía popular.',
    g_DIVIPOLA: 'La lista oficial del DANE con los códigos de departamentos (2 dígitos, p. ej. 05 Antioquia) y municipios (5 dígitos, p. ej. 05001 Medellín). Los ceros iniciales cuentan.'
  },
  en: {
    skipToData: 'Skip to the figures and table',
    tagline: 'Territorial coverage of public programs in Colombia',
    dataset: 'Dataset',
    syntheticTitle: 'Synthetic demonstration data.',
    syntheticText: 'The figures of this dataset were generated by the project; they do not describe real beneficiaries.',
    syntheticShort: 'Synthetic demonstration data',
    filtersLabel: 'Filters', filtersButton: 'Filters and options',
    year: 'Year', axis: 'Axis', program: 'Program', size: 'Company size', department: 'Department',
    all: 'All', allDepartments: 'Colombia (all)', reset: 'Reset',
    mapOptions: 'Map options', figure: 'Figure', unit: 'Unit', method: 'Classification', classes: 'Classes',
    ramp: 'Colours', layers: 'Layers',
    figBeneficiaries: 'Beneficiaries', figInterventions: 'Interventions',
    figPer10k: 'Beneficiaries per 10,000 inhabitants', figReached: 'Reached (yes/no)',
    unitMun: 'Municipalities', unitDep: 'Departments',
    quantiles: 'Quantiles', jenks: 'Natural breaks (Jenks)', equal: 'Equal intervals',
    layerPdet: 'PDET subregions', layerZomac: 'ZOMAC (hatched)', layerGroup: 'Group', layerGaps: 'Group gaps',
    noGroup: '(none)',
    whereLabel: 'Location', backNational: 'Back to Colombia', mapLabel: 'Coverage map',
    mapHelp: 'Choropleth map. Use the data table in the panel as an accessible alternative; Tab moves through the controls.',
    panelLabel: 'Figures', headline: 'Headline figures', dataTable: 'Data table',
    downloads: 'Downloads', downloadsHelp: 'Exactly what is on screen: current filters and department.',
    dlCsv: 'CSV', dlCsvEs: 'CSV (Excel es-CO)', dlXlsx: 'XLSX', dlGeojson: 'GeoJSON', dlPng: 'Map PNG',
    targets: 'Targets', targetsCaption: 'Targets with their progress and status', gaps: 'Gaps', summary: 'Summary',
    embed: 'Embed', embedHelp: 'Copy this code to show the current view on another site.', copy: 'Copy', copied: 'Copied',
    glossary: 'Glossary',
    loading: 'Loading…', updated: 'Map updated', error: 'The data could not be loaded',
    titleMun: '{figure} by municipality, {year}', titleDep: '{figure} by department, {year}', titleIn: ' — {dept}',
    source: 'Source', year_: 'year',
    hBeneficiaries: 'Beneficiaries', hInterventions: 'Interventions', hMunicipalities: 'Municipalities reached',
    hDepartments: 'Departments reached', hPdet: 'PDET municipalities reached', hPdetSub: 'PDET subregions reached',
    hZomac: 'ZOMAC municipalities reached', hBand: 'Municipalities under 200,000 inhabitants reached',
    hTop10: 'Share in the 10 municipalities with most beneficiaries', hMipyme: 'MSMEs among beneficiary companies',
    xOfY: '{x} of {y} {what} ({pct})', municipios: 'municipalities', departamentos: 'departments', subregiones: 'subregions',
    empresas: 'companies', beneficiarios: 'beneficiaries',
    distinctBeneficiaries: 'distinct beneficiaries', records: 'intervention records',
    denominatorNote: 'Denominator: {d}.', denominatorText: '{n} municipalities and non-municipalised areas in force in {year}',
    moreDetail: 'More detail by axis',
    colCode: 'Code', colName: 'Name', colDept: 'Department', colBeneficiaries: 'Beneficiaries', colShare: '% of total',
    colInterventions: 'Interventions', colReached: 'Municipalities reached', colPopulation: 'Population', colPer10k: 'Per 10,000 inh.',
    colPresence: 'Reached', yes: 'Yes', no: 'No',
    captionDepartments: 'Departments: beneficiaries, interventions and municipalities reached, {year}',
    captionMunicipalities: 'Municipalities of Colombia by beneficiaries, {year}',
    captionDeptMunicipalities: 'Municipalities of {dept}: beneficiaries and interventions, {year}',
    sortBy: 'Sort by {col}',
    tName: 'Target', tTarget: 'Target', tAchieved: 'Achieved', tStatus: 'Status', tYears: 'Year',
    MET: 'Met', NOT_MET: 'Not met', NO_DATA: 'No data', noTargets: 'No targets configured.',
    legendNone: 'No beneficiaries', legendNoData: 'No population figure', legendReached: 'Reached', legendUnreached: 'Not reached',
    legendPdet: 'PDET subregion', legendZomac: 'ZOMAC', legendGap: 'Gap: group municipality not reached', legendGroup: 'Group territory',
    population: 'Population {year}', groupsOf: 'Groups', viewDepartment: 'View {dept}',
    deptFigures: '{dept}: figures', deptShare: 'Share of the national total',
    gapsNone: 'Every territory of the group is reached.',
    gapsUnreached: '{n} of {of} territories of “{group}” not reached:',
    gapsBordering: '{n} unreached municipalities of the group border reached ones (highlighted on the map).',
    pngTitle: 'Presencia — territorial coverage', pngMade: 'Made on {date}',
    embedTitle: 'Territorial coverage map (Presencia)', openFull: 'Open in Presencia ↗',
    g_PDET: 'Development Programs with a Territorial Focus (Decree-Law 893 of 2017): 170 municipalities in 16 subregions prioritised for conflict, poverty and weak institutions.',
    g_ZOMAC: 'Areas Most Affected by the Armed Conflict (Decree 1650 of 2017): 344 municipalities with tax incentives to attract companies; 167 of them are also PDET.',
    g_ECB: 'Strategic territories for closing gaps: the 20 territories targeted by the trade, industry and tourism sector plan. The planner loads the list; it is never invented.',
    g_mipyme: 'Micro, small and medium-sized enterprises together (MSMEs). Large companies and popular-economy productive units are not included.',
    g_DIVIPOLA: 'DANE\'s official code list of departments (2 digits, e.g. 05 Antioquia) and municipalities (5 digits, e.g. 05001 Medellín). Leading zeros matter.'
  }
};

export const GLOSSARY = ['PDET', 'ZOMAC', 'ECB', 'mipyme', 'DIVIPOLA'];

/** English names of the axes and company sizes, whose Spanish labels come from the server. */
export const AXES_EN = {
  productividad: 'Productivity', encadenamientos: 'Supply chains', calidad: 'Quality', sofisticacion: 'Sophistication',
  'economia-popular': 'Popular economy', aglomeraciones: 'Agglomerations and clusters', 'estrategias-sectoriales': 'Sectoral strategies'
};
export const SIZES_EN = { micro: 'Micro', pequena: 'Small', mediana: 'Medium', grande: 'Large', 'unidad-productiva': 'Productive unit' };

/** The string {@code key} in {@code lang}, with each {name} replaced by {@code params.name}. */
export function t(lang, key, params) {
  let s = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.es[key] || key;
  if (params) {
    for (const k of Object.keys(params)) {
      s = s.split('{' + k + '}').join(params[k]);
    }
  }
  return s;
}

/** {@code t} bound to one language. */
export function translator(lang) {
  return (key, params) => t(lang, key, params);
}

/** The label of a server-provided option ({id, label}) in {@code lang}: English from {@code english} when known. */
export function optionLabel(lang, option, english) {
  return lang === 'en' ? (english[option.id] || option.label) : option.label;
}
