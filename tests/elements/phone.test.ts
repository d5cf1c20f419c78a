// A narrow <summit-map> (under 600 px: a phone): the chosen place's details show in a card over
// the lower part of the map, in full, the first quote without scrolling, with the popup's dialog
// semantics, close button, Escape and focus; at the first view the controls, key, timeline and
// credit cover at most a fifth of the map.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import places from '../../geo/places.geojson?raw';
import { intersects } from '../../src/model/framing';
import { cleanup, marker, mountMap, shadow, until } from './helpers';
import { controlTimelineAndInsetBoxes, details, inside, mapBox, overlayCoverage, rectOf, settle } from './measure';

interface FeatureData {
  id: string;
  geometry: { type: string };
  properties: { name: string; site?: string; quotes: { text: string; paragraph: number }[] };
}
const dataset = JSON.parse(places) as { features: FeatureData[] };
const points = dataset.features.filter((feature) => feature.geometry.type === 'Point');

/** The story page's map on a 390 × 844 phone (366 px wide, 42 % of the screen tall), and a bare one. */
const SIZES = [
  ['the story page map', 'width:366px;--summit-map-height:354px'],
  ['a bare map', 'width:374px'],
] as const;

beforeEach(async () => {
  await page.viewport(390, 844);
});
afterEach(cleanup);

describe.each(SIZES)('%s on a phone', (_name, css) => {
  const mount = async () => {
    const element = await mountMap((el) => (el.style.cssText = css));
    await settle(element);
    return element;
  };

  it('covers at most 20 % of the map with the controls, key, timeline and credit at the first view', async () => {
    const element = await mount();
    expect(mapBox(element).width).toBeLessThan(600);
    expect(overlayCoverage(element)).toBeLessThanOrEqual(0.2);
  });

  it.each(points)('shows $id in a card over at most 45 % of the map, the first quote begun, a shadow when it scrolls', async (place) => {
    const element = await mount();
    element.select(place.id);
    await until(() => details(element) !== null, 'card');
    await settle(element);
    const card = details(element)!;
    expect(card.classList.contains('summit-card')).toBe(true);
    expect(shadow(element).querySelector('.leaflet-popup')).toBeNull();
    const dialog = card.querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('.popup-title')!.textContent).toBe(place.properties.name);
    expect(dialog.querySelector('.popup-role')!.textContent!.length).toBeGreaterThan(0);
    if (place.properties.site) expect(dialog.querySelector('.popup-site')!.textContent).toBe(place.properties.site);
    const text = card.textContent!;
    for (const quote of place.properties.quotes) {
      expect(text).toContain(quote.text);
      expect(text).toContain(`¶${quote.paragraph}`);
    }
    expect(dialog.querySelector('.popup-credit')!.textContent).toContain('Bloomberg');
    // The card covers at most 45 % of the map (issue 19); it opens at its start, the first quote
    // begins in view, and a card with more below shows that it scrolls (a shadow at that edge).
    expect(rectOf(card).height / mapBox(element).height).toBeLessThanOrEqual(0.45 + 0.005);
    expect(card.scrollTop).toBe(0);
    const first = rectOf(card.querySelector('.popup-quote blockquote')!);
    expect(first.y + 16, `${JSON.stringify(first)} in ${JSON.stringify(rectOf(card))}`).toBeLessThan(rectOf(card).y + rectOf(card).height);
    if (card.scrollHeight > card.clientHeight) expect(getComputedStyle(card).backgroundImage).toMatch(/radial-gradient/);
    // The card is inside the map, clear of the controls and the timeline, and the place is clear of it.
    const box = rectOf(card);
    expect(inside(mapBox(element), box)).toBe(true);
    for (const overlay of controlTimelineAndInsetBoxes(element)) expect(intersects(box, overlay)).toBe(false);
    const placeBox = rectOf(marker(element, place.id));
    expect(intersects(box, placeBox)).toBe(false);
    expect(inside(mapBox(element), placeBox)).toBe(true);
  });

  it('a card is a dialog: Enter opens it with focus inside, Escape closes it and returns to the place', async () => {
    const element = await mount();
    const hanoi = marker(element, 'hanoi');
    hanoi.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => details(element) !== null, 'card');
    await until(() => shadow(element).activeElement?.classList.contains('popup') ?? false, 'focus in the card');
    await userEvent.keyboard('{Escape}');
    await until(() => details(element) === null, 'card closed');
    expect(shadow(element).activeElement).toBe(hanoi);
    expect(element.selected).toBe('');
  });

  it('the card closes with its close button', async () => {
    const element = await mount();
    element.select('danang');
    await until(() => details(element) !== null, 'card');
    details(element)!.querySelector<HTMLButtonElement>('.popup-close')!.click();
    await until(() => details(element) === null, 'card closed');
    expect(element.selected).toBe('');
  });
});

describe('a map that changes width', () => {
  it('turns an open card into a popup when it grows past 600 px, and back', async () => {
    const element = await mountMap((el) => (el.style.width = '374px'));
    element.select('danang');
    await until(() => details(element)?.classList.contains('summit-card') ?? false, 'card');
    element.style.width = '800px';
    await until(() => details(element)?.classList.contains('leaflet-popup') ?? false, 'popup');
    element.style.width = '374px';
    await until(() => details(element)?.classList.contains('summit-card') ?? false, 'card again');
    expect(element.selected).toBe('danang');
  });
});
