// Cuts TopoJSON polygon rings that cross the antimeridian into one ring on each side of it.
// Used by build-basemap.mjs.
//
// Why: world-atlas is made for d3-geo, which reads rings on the sphere, so Russia (Chukotka,
// Wrangel Island) and Fiji (one islet) have rings with an edge from lon ~+180 to ~-180.
// Leaflet reads lon/lat as a flat plane, so such an edge becomes a line across the whole map:
// Russia's ring then fills a band from 65°N to 69°N around the world, painted over northern
// Sweden, Finland, Iceland, Greenland, Canada and Alaska.
//
// Works on an unquantized topology (absolute [lon, lat] arcs), after simplification. Only arcs
// that contain a jump are replaced; arcs shared along borders are left as they are.

const JUMP = 180; // degrees of longitude between consecutive points that can only mean a wrap

const points = (arcs, index) => (index < 0 ? [...arcs[~index]].reverse() : arcs[index]);

/** Splits a point list at its wrap-around edges, adding the crossing point on each side. */
function splitAtJumps(list) {
  const parts = [[list[0]]];
  for (let i = 1; i < list.length; i++) {
    const [u, v] = [list[i - 1], list[i]];
    if (Math.abs(v[0] - u[0]) <= JUMP) {
      parts.at(-1).push(v);
      continue;
    }
    const side = u[0] > 0 ? 180 : -180; // the side of the cut that u is on
    const vLon = v[0] + 2 * side; // v unwrapped next to u
    const lat = vLon === u[0] ? u[1] : u[1] + ((v[1] - u[1]) * (side - u[0])) / (vLon - u[0]);
    if (u[0] !== side) parts.at(-1).push([side, lat]);
    parts.push(v[0] === -side ? [v] : [[-side, lat], v]);
  }
  return parts;
}

/** Returns a new topology whose rings never jump across ±180°; geometries keep id and properties. */
export function cutAtAntimeridian(topology) {
  const arcs = [...topology.arcs];
  const jumps = (index) => splitAtJumps(points(arcs, index)).length > 1;
  const uses = new Map();
  const countRing = (ring) => ring.forEach((a) => uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1));
  const polygonsOf = (g) => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);
  for (const geometry of topology.objects.countries.geometries) polygonsOf(geometry).flat().forEach(countRing);

  const addArc = (list) => arcs.push(list) - 1;

  // A ring crossing twice becomes two chains of arcs, each from one crossing to the other on one
  // side; a new two-point arc along the meridian closes each chain.
  function cutPolygon(polygon) {
    const [ring, ...holes] = polygon;
    if (!ring.some(jumps)) return [polygon];
    if (holes.length > 0) throw new Error('cutAtAntimeridian: rings with holes are not supported');
    const chains = [[]];
    for (const index of ring) {
      if (!jumps(index)) {
        chains.at(-1).push(index);
        continue;
      }
      if (uses.get(index < 0 ? ~index : index) !== 1) throw new Error(`cutAtAntimeridian: arc ${index} is shared`);
      splitAtJumps(points(arcs, index)).forEach((part, i) => {
        if (i > 0) chains.push([]);
        chains.at(-1).push(addArc(part));
      });
    }
    if (chains.length !== 3) throw new Error(`cutAtAntimeridian: ring crosses ${chains.length - 1} times, expected 2`);
    const [head, middle, tail] = chains;
    return [[...tail, ...head], middle].map((chain) => {
      const start = points(arcs, chain[0])[0];
      const end = points(arcs, chain.at(-1)).at(-1);
      return [[...chain, addArc([end, start])]];
    });
  }

  const geometries = topology.objects.countries.geometries.map((geometry) => {
    const polygons = polygonsOf(geometry);
    const cut = polygons.flatMap(cutPolygon);
    if (cut.length === polygons.length) return geometry;
    return { type: 'MultiPolygon', arcs: cut, id: geometry.id, properties: geometry.properties };
  });
  return {
    ...topology,
    arcs,
    objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } },
  };
}
