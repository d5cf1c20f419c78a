// The part of Leaflet's stylesheet the element ships (src/leaflet/leaflet-core.css, with
// leaflet-popup.css once a place is chosen) lays a map out
// as the whole one does: panes stacked and positioned, popups above their point, the zoom
// animation's transform origin and transition, touch-action and cursors. Run in Chromium inside a
// shadow root, as the element adopts it.
import { divIcon, map as createMap, marker, popup, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { afterEach, describe, expect, it } from 'vitest';
import fullLeafletCss from 'leaflet/dist/leaflet.css?inline';
import { leafletCss } from '../../src/leaflet/leaflet-css';
import { leafletPopupCss } from '../../src/leaflet/leaflet-popup-css';

const mounted: { map: LeafletMap; host: HTMLElement }[] = [];
afterEach(() => {
  for (const { map, host } of mounted.splice(0)) {
    map.remove();
    host.remove();
  }
});

/** A map in a shadow root that adopts `css` (the element's part of Leaflet's stylesheet unless told). */
function mountMap(css = leafletCss + leafletPopupCss): { map: LeafletMap } {
  const host = document.body.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const container = root.appendChild(document.createElement('div'));
  container.style.cssText = 'width: 600px; height: 400px';
  const map = createMap(container, { center: [20, 100], zoom: 3, zoomControl: false, attributionControl: false });
  mounted.push({ map, host });
  return { map };
}

/** A box relative to its map's container, rounded to tenths of a pixel. */
function boxIn(map: LeafletMap, element: Element) {
  const box = element.getBoundingClientRect();
  const origin = map.getContainer().getBoundingClientRect();
  const round = (value: number) => Math.round(value * 10) / 10;
  return { x: round(box.left - origin.left), y: round(box.top - origin.top), width: round(box.width), height: round(box.height) };
}

const style = (element: Element) => getComputedStyle(element);

describe("Leaflet's stylesheet as the element ships it", () => {
  it('is only part of Leaflet’s: no control, tooltip or image rules; the popups’ rules apart', () => {
    expect(leafletCss).toContain('.leaflet-popup-pane');
    expect(leafletCss).not.toMatch(/leaflet-control-layers|\.leaflet-tooltip(?!-pane)|leaflet-bar|url\(/);
    expect(leafletCss).not.toMatch(/\.leaflet-popup(?!-pane)/);
    expect(leafletPopupCss).toContain('.leaflet-popup-tip');
    expect(leafletPopupCss).not.toMatch(/leaflet-control|\.leaflet-tooltip|url\(/);
  });

  it('positions and stacks the panes, and clips the map to its box', () => {
    const { map } = mountMap();
    const container = map.getContainer();
    expect(style(container).overflow).toBe('hidden');
    expect(style(container).touchAction).toBe('none'); // leaflet-touch-drag + leaflet-touch-zoom
    expect(style(container).cursor).toBe('grab');
    const zIndex = (pane: string) => Number(style(map.getPane(pane)!).zIndex);
    for (const pane of ['mapPane', 'tilePane', 'overlayPane', 'markerPane', 'popupPane']) {
      expect(style(map.getPane(pane)!).position, pane).toBe('absolute');
    }
    expect(zIndex('tilePane')).toBeLessThan(zIndex('overlayPane'));
    expect(zIndex('overlayPane')).toBeLessThan(zIndex('markerPane'));
    expect(zIndex('markerPane')).toBeLessThan(zIndex('popupPane'));
  });

  it('places a marker and a popup (box, content, tip) exactly where the whole stylesheet does', () => {
    const layout = (map: LeafletMap) => {
      const icon = marker([20, 100], { icon: divIcon({ className: 'test-marker', iconSize: [10, 10] }) })
        .addTo(map)
        .getElement()!;
      const content = document.createElement('p');
      content.textContent = 'Hanoi, the second summit';
      // As the element opens them: without Leaflet's close button (cut from the built Leaflet, with its rules).
      const element = popup({ autoPan: false, closeButton: false }).setLatLng([20, 100]).setContent(content).openOn(map).getElement()!;
      const part = (selector: string) => boxIn(map, element.querySelector(selector)!);
      return {
        marker: boxIn(map, icon),
        popup: boxIn(map, element),
        content: part('.leaflet-popup-content'),
        tip: part('.leaflet-popup-tip'),
        tipContainer: part('.leaflet-popup-tip-container'),
      };
    };
    const ours = layout(mountMap().map);
    expect(ours).toEqual(layout(mountMap(fullLeafletCss).map));
    // And it is a real layout: the marker centred on its point, the popup above it.
    const point = mounted[0]!.map.latLngToContainerPoint([20, 100]);
    expect(ours.marker).toEqual({ x: point.x - 5, y: point.y - 5, width: 10, height: 10 });
    expect(ours.popup.y + ours.popup.height).toBeLessThan(point.y);
    expect(ours.tip.width).toBeGreaterThan(17); // the tip is a rotated square
  });

  it('animates a zoom: transform origin at the corner, a transition while zooming', async () => {
    const { map } = mountMap();
    const animated = map.getContainer().querySelector('.leaflet-zoom-animated')!;
    expect(style(animated).transformOrigin).toBe('0px 0px');
    // Leaflet adds leaflet-zoom-anim to the map pane, then fires zoomanim.
    const during = new Promise<{ zooming: boolean; transition: string }>((resolve) =>
      map.once('zoomanim', () =>
        resolve({
          zooming: map.getPane('mapPane')!.classList.contains('leaflet-zoom-anim'),
          transition: style(animated).transitionProperty,
        }),
      ),
    );
    const ended = new Promise((resolve) => map.once('zoomend', resolve));
    map.setZoom(4, { animate: true });
    expect(await during).toEqual({ zooming: true, transition: expect.stringContaining('transform') as unknown });
    await ended;
    expect(style(animated).transitionProperty).toBe('all'); // no transition once the zoom ends
  });
});
