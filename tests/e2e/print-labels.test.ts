// Print that reads, on the built story page: laid out at a desktop width (1280) or on a phone
// (390, touch), then printed at A4 or Letter width in print media: every place is labelled or
// numbered with a key, no label lies over another label or a marker, none is cut at the map's
// edge, and no reading highlight prints.
import { describe, expect, it } from 'vitest';
import { e2eSession, openStoryPage, storyPlaces } from './browser';

const session = e2eSession();
const points = storyPlaces().features.filter((feature) => feature.geometry.type === 'Point');

const FROM = [
  ['a desktop', { viewport: { width: 1280, height: 900 } }],
  ['a phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const;
/** Paper widths at 96 px per inch, less 1.5 cm margins each side. */
const PAPER = [
  ['A4', 794 - 113],
  ['Letter', 816 - 113],
] as const;

describe.each(FROM)('printed from %s', (_from, options) => {
  it.each(PAPER)('at %s width: every place named, no label over a label or a marker, none cut, no highlight', async (_paper, width) => {
    const page = await openStoryPage(session, '/', options);
    // As a browser prints: `beforeprint` while the page still has its screen layout, then the
    // paper's width in print media, with no script run in between.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.setViewportSize({ width, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    // Framed for print and laid out: wait until the print class is on and the markers and their
    // labels have not moved for three readings in a row (a busy machine lays out slowly).
    await page.waitForFunction(() => !!document.querySelector('summit-map')!.shadowRoot!.querySelector('.map.printing'));
    let previous = '';
    for (let i = 0, stable = 0; i < 100 && stable < 3; i++) {
      const now = await page.evaluate(() =>
        [...document.querySelector('summit-map')!.shadowRoot!.querySelectorAll<HTMLElement>('.summit-marker')]
          .map((m) => `${m.style.transform}${m.querySelector<HTMLElement>('.place-label')!.dataset.side}${m.dataset.number ?? ''}`)
          .join(),
      );
      stable = now === previous ? stable + 1 : 0;
      previous = now;
      await page.waitForTimeout(150);
    }
    const seen = await page.evaluate(() => {
      const root = document.querySelector('summit-map')!.shadowRoot!;
      const boxOf = (element: Element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      const markers = [...root.querySelectorAll<HTMLElement>('.summit-marker')].map((marker) => ({
        id: marker.dataset.placeId!,
        box: boxOf(marker.querySelector('.symbol')!),
        number: marker.dataset.number ?? '',
        label: marker.querySelector<HTMLElement>('.place-label')!,
        highlighted: getComputedStyle(marker.querySelector('.symbol')!).filter,
      }));
      return {
        map: boxOf(root.querySelector('.map')!),
        keyBox: root.querySelector('.legend') ? boxOf(root.querySelector('.legend')!) : null,
        key: [...root.querySelectorAll('.print-key li')].map((item) => item.textContent),
        markers: markers.map(({ id, box, number, label, highlighted }) => ({
          id,
          box,
          number,
          name: label.textContent!,
          label: label.dataset.side === 'none' ? null : boxOf(label),
          highlighted,
        })),
      };
    });
    const overlaps = (a: typeof seen.map, b: typeof seen.map) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    expect(seen.markers.map((marker) => marker.id).sort()).toEqual(points.map((point) => point.id).sort());
    for (const marker of seen.markers) {
      // Named: a label, or a number the key names.
      if (!marker.label) expect(seen.key[Number(marker.number) - 1], marker.id).toBe(marker.name);
      const label = marker.label;
      if (label) {
        expect(
          label.left >= seen.map.left && label.right <= seen.map.right && label.top >= seen.map.top && label.bottom <= seen.map.bottom,
          `${marker.name} cut`,
        ).toBe(true);
        for (const other of seen.markers) {
          if (other.label && other !== marker) expect(overlaps(label, other.label), `${marker.name} / ${other.name}`).toBe(false);
          expect(overlaps(label, other.box), `${marker.name} over the marker of ${other.name}`).toBe(false);
        }
      }
      for (const other of seen.markers)
        if (other !== marker) expect(overlaps(marker.box, other.box), `${marker.id} / ${other.id}`).toBe(false);
      // The printed key (the legend, open over the map): no marker or label under it.
      if (seen.keyBox) {
        expect(overlaps(marker.box, seen.keyBox), `${marker.id} under the key`).toBe(false);
        if (label) expect(overlaps(label, seen.keyBox), `${marker.name}'s label under the key`).toBe(false);
      }
      // No reading highlight (an amber glow on screen).
      expect(marker.highlighted, marker.id).not.toMatch(/242, 178, 0/);
    }
  });
});
