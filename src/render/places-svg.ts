/**
 * The story's places as SVG, drawn as the live map draws its layers (src/leaflet/place-layers.ts,
 * marker-icon.ts, route-layer.ts, area-layer.ts): areas and a MultiPoint's extra points, then
 * routes along great circles, then markers with the most important on top, each label on the
 * side the model's placement gives it (model/labels.ts) with the same sizes and gaps; markers that
 * coincide fan out with a leader back to where they are (model/fan-out.ts, as place-fan.ts does).
 * Every place is one element with `data-place="<id>"`.
 */
import type { Rect } from '../model/framing';
import type { RankedPlace } from '../model/first-view';
import { fanOut } from '../model/fan-out';
import { sampleGreatCircle } from '../model/geo';
import { anchorOf } from '../model/geometry';
import { labelRect, markerRect, placeLabels, underOverlay, type LabelRequest, type LabelSide } from '../model/labels';
import { containerPoint, pixelOrigin, projectAt, type MapView } from '../model/map-view';
import type { Position } from '../model/types';
import type { Palette } from './palette';
import { pathData, type Flat } from './path-data';
import { element, escapeXml, num } from './svg-writer';
import { symbolAt } from './symbols';
import { baselineIn, textWidth, type TextStyle } from './text';

/** Marker symbol size (src/leaflet/marker-icon.ts MARKER_SIZE). */
export const MARKER_SIZE = 22;
/** The label's font (summit-map.styles.ts `.place-label`: 600 12.5px/1.25). */
export const LABEL_STYLE: TextStyle = { face: 'bold', size: 12.5 };
const LABEL_LINE = 12.5 * 1.25;
const LABEL_GAP = 3;

export interface PlacedMarker {
  id: string;
  x: number;
  y: number;
  side: LabelSide | null;
  /** Under an overlay: not drawn, as the live map does not show it (src/leaflet/label-layout.ts). */
  covered: boolean;
}

export interface PlacesSvgOptions {
  view: MapView;
  palette: Palette;
  /** Boxes no label may cover (the overlays). */
  obstacles: readonly Rect[];
  /** The area drawn, in container pixels: markers beyond it are left out. */
  area: Rect;
  idPrefix: string;
  fontFamily: string;
  /** Markers that coincide fan out: at the live map's deepest zoom, or in any picture, which no one can zoom (as in print). */
  fan: boolean;
}

export interface PlacesSvg {
  svg: string;
  markers: PlacedMarker[];
  /** The roles of the places the picture shows (a marker, a route or a point inside it): what its key lists. */
  shownRoles: Set<string>;
  /** The boxes of the markers and labels drawn, in container pixels: the basemap's names go under none (as on the live map). */
  boxes: Rect[];
}

const toScreen = (view: MapView) => {
  const origin = pixelOrigin(view);
  // Leaflet rounds each projected vertex (latLngToLayerPoint) before drawing a path.
  return ([lon, lat]: Readonly<Position>): [number, number] => {
    const p = projectAt([lon, lat], view.zoom);
    return [Math.round(p.x) - origin.x, Math.round(p.y) - origin.y];
  };
};

const flatOf = (positions: readonly Position[], screen: (p: Position) => [number, number]): Flat => positions.flatMap((p) => screen(p));

export function placesSvg(ranked: readonly RankedPlace[], options: PlacesSvgOptions): PlacesSvg {
  const { view, palette, obstacles } = options;
  const screen = toScreen(view);
  const { area } = options;
  const frame = {
    x: area.x - MARKER_SIZE,
    y: area.y - MARKER_SIZE,
    width: area.width + 2 * MARKER_SIZE,
    height: area.height + 2 * MARKER_SIZE,
  };
  let under = '';
  let routes = '';
  const shownRoles = new Set<string>();
  const inPicture = ([x, y]: readonly [number, number]) => x >= 0 && y >= 0 && x <= view.size.width && y <= view.size.height;
  for (const { place, role } of ranked) {
    const geometry = place.geometry;
    const data = { 'data-place': place.id };
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const d = pathData(
        polygons.flatMap((rings) => rings.map((ring) => flatOf(ring, screen))),
        true,
        1,
        0,
      );
      under += element('path', {
        ...data,
        d,
        fill: role.color,
        'fill-opacity': '0.18',
        stroke: role.color,
        'stroke-width': '1.5',
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
      });
    } else if (geometry.type === 'MultiPoint') {
      for (const position of geometry.coordinates.slice(1)) {
        const [x, y] = screen(position);
        if (inPicture([x, y])) shownRoles.add(role.id);
        under += element('circle', {
          'data-place': place.id,
          cx: x,
          cy: y,
          r: '5',
          fill: role.color,
          'fill-opacity': '0.8',
          stroke: role.color,
          'stroke-width': '3',
        });
      }
    } else if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
      const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      const lines = parts.map((part) => sampleGreatCircle(part, 50).map(screen));
      if (lines.some((line) => line.some(inPicture))) shownRoles.add(role.id);
      const d = pathData(
        lines.map((line) => line.flat()),
        false,
        0,
        0,
      );
      routes += element('path', {
        ...data,
        d,
        fill: 'none',
        stroke: role.color,
        'stroke-width': '3.5',
        'stroke-opacity': '0.95',
        'stroke-dasharray': '8 6',
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      });
    }
  }
  // Markers: points and areas (at their anchor); labels placed by the model, as label-layout.ts does.
  const points = ranked.filter(({ place }) => place.geometry.type !== 'LineString' && place.geometry.type !== 'MultiLineString');
  const requests: LabelRequest[] = [];
  const at = new Map<string, { x: number; y: number; width: number; covered: boolean }>();
  const truly = points.map(({ place }) => ({ id: place.id, ...containerPoint(anchorOf(place), view) }));
  const offsets = options.fan ? fanOut(truly) : new Map<string, { x: number; y: number }>();
  let leaders = '';
  for (const [index, { place, rank }] of points.entries()) {
    // Where the marker is drawn: off its true position while fanned out, a leader back to it.
    const { x: trueX, y: trueY } = truly[index]!;
    const offset = offsets.get(place.id);
    const [x, y] = [trueX + (offset?.x ?? 0), trueY + (offset?.y ?? 0)];
    if (offset)
      leaders += element('path', {
        d: `M${num(trueX)} ${num(trueY)}L${num(x)} ${num(y)}`,
        fill: 'none',
        stroke: palette.ink,
        'stroke-opacity': '0.75',
        'stroke-width': '1.5',
        'stroke-linecap': 'round',
      });
    const width = Math.round(textWidth(place.name, LABEL_STYLE));
    const covered = underOverlay(x, y, obstacles);
    at.set(place.id, { x, y, width, covered });
    if (covered) continue;
    requests.push({ id: place.id, x, y, width, height: Math.round(LABEL_LINE), priority: rank });
  }
  const sides = placeLabels(requests, MARKER_SIZE / 2, { x: 0, y: 0, width: view.size.width, height: view.size.height }, obstacles);
  const markers: PlacedMarker[] = [];
  const boxes: Rect[] = [];
  let marks = '';
  // The most important marker is drawn last, on top (zIndexOffset in place-layers.ts).
  for (const { place, role } of [...points].reverse()) {
    const { x, y, width, covered } = at.get(place.id)!;
    const side = sides.get(place.id) ?? null;
    markers.unshift({ id: place.id, x, y, side, covered });
    if (!covered && inPicture([x, y])) shownRoles.add(role.id);
    if (covered || x < frame.x || y < frame.y || x > frame.x + frame.width || y > frame.y + frame.height) continue;
    boxes.push(markerRect(x, y, MARKER_SIZE));
    let label = '';
    if (side) {
      // Where the element's CSS puts it.
      const box = labelRect({ x, y, width, height: LABEL_LINE }, side, MARKER_SIZE / 2, LABEL_GAP);
      boxes.push(box);
      label = element('text', { x: num(box.x), y: num(baselineIn(box.y, LABEL_LINE, LABEL_STYLE)) }, escapeXml(place.name));
    }
    marks += element(
      'g',
      { 'data-place': place.id },
      symbolAt(role.symbol, role.color, x - MARKER_SIZE / 2, y - MARKER_SIZE / 2, MARKER_SIZE, {
        filter: `url(#${options.idPrefix}shadow)`,
      }) + label,
    );
  }
  const labelStyle = `font-family:${options.fontFamily};font-weight:600;font-size:12.5px`;
  const svg =
    under +
    routes +
    leaders +
    element(
      'g',
      {
        fill: palette.ink,
        stroke: palette.halo,
        'stroke-width': '3',
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
        style: labelStyle,
      },
      marks,
    );
  return { svg, markers, shownRoles, boxes };
}
