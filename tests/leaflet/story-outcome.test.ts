// The story view's outcome part on a plain Leaflet map in Chromium: its code loads with the first
// data, the latest wish applies once it is here, and it draws, hides and removes the layer.
import { map as createMap, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOutcome, type Outcome } from '../../src/model/outcome';
import { PlacePopups } from '../../src/leaflet/place-popups';
import { StoryOutcome } from '../../src/leaflet/story-outcome';
import { readJson } from '../fixtures/load';
import { nextFrame, until } from '../elements/helpers';

const data: Outcome = parseOutcome(readJson('geo/outcome.geojson')).value!;

let map: LeafletMap | undefined;
afterEach(() => {
  map?.remove();
  map = undefined;
  document.body.replaceChildren();
});

function mountOutcome(): { target: LeafletMap; outcome: StoryOutcome } {
  const div = document.createElement('div');
  div.style.cssText = 'width: 480px; height: 320px';
  document.body.append(div);
  map = createMap(div, { center: [30, 60], zoom: 2, zoomControl: false, attributionControl: false });
  const popups = new PlacePopups(map, {
    content: ({ place, role }) => [place, role, undefined, { onClose: () => {} }],
    onReaderClose: () => {},
  });
  return { target: map, outcome: new StoryOutcome(map, popups) };
}

const drawn = (target: LeafletMap) => target.getContainer().querySelectorAll('[data-outcome-id]').length;

describe('StoryOutcome', () => {
  // First, while the outcome layer's code has not been loaded in this page yet.
  it('removed while its code loads: draws nothing', async () => {
    const { target, outcome } = mountOutcome();
    outcome.set(data, true);
    outcome.destroy();
    await import('../../src/leaflet/outcome-layer');
    await nextFrame();
    expect(drawn(target)).toBe(0);
  });

  it('draws the latest wish once its code is here; hides, shows and removes the layer', async () => {
    expect(data.features.length).toBeGreaterThan(0);
    const { target, outcome } = mountOutcome();
    outcome.set(data, false);
    outcome.set(data, true);
    // Known before the code is here, so the view can frame the layer at once.
    expect(outcome.positions().length).toBeGreaterThanOrEqual(data.features.length);
    await until(() => drawn(target) === data.features.length, 'outcome drawn');
    const first = data.features[0]!;
    expect(outcome.layer(first.id)?.getElement()?.getAttribute('data-outcome-id')).toBe(first.id);

    outcome.set(data, false);
    expect(drawn(target)).toBe(0);
    outcome.set(data, true);
    expect(drawn(target)).toBe(data.features.length);

    outcome.set(undefined, true);
    expect(drawn(target)).toBe(0);
    expect(outcome.layer(first.id)).toBeUndefined();
    expect(outcome.positions()).toEqual([]);
  });

  it('keeps its popups clear of the overlays', async () => {
    const { target, outcome } = mountOutcome();
    outcome.set(data, true);
    await until(() => drawn(target) > 0, 'outcome drawn');
    const options = () => outcome.layer(data.features[0]!.id)!.getPopup()!.options;
    expect(options().autoPanPaddingTopLeft).toEqual([16, 16]);
    outcome.setClearance({ topLeft: [40, 50], bottomRight: [60, 70] });
    expect(options()).toMatchObject({ autoPanPaddingTopLeft: [40, 50], autoPanPaddingBottomRight: [60, 70], closeOnClick: true });
    expect(options().className).toContain('summit-outcome-popup');
  });
});
