// Following the article never undoes the reader's own choice, never leaves a popup off-screen,
// catches up after a cited jump, and "What happened next" shows where it is when turned on.
import { afterEach, describe, expect, it } from 'vitest';
import article from '../../geo/article.json';
import type { SummitArticle } from '../../src/elements/summit-article';
import type { SummitMap } from '../../src/elements/summit-map';
import { cleanup, marker, mountMap, nextFrame, popup, shadow, until } from './helpers';

afterEach(() => {
  cleanup();
  window.scrollTo(0, 0);
});

async function mountStory(): Promise<{ map: SummitMap; text: SummitArticle }> {
  const text = document.createElement('summit-article');
  text.for = 'story';
  document.body.append(text);
  const map = await mountMap((el) => {
    el.id = 'story';
    el.style.cssText = 'position:fixed;top:0;right:0;width:400px;--summit-map-height:300px';
  });
  await until(() => text.shadowRoot!.querySelectorAll('p.paragraph').length === article.paragraphs.length, 'article paragraphs');
  return { map, text };
}

const paragraph = (text: SummitArticle, n: number) => text.shadowRoot!.querySelector<HTMLElement>(`p[data-paragraph="${n}"]`)!;
const readTo = async (text: SummitArticle, n: number) => {
  paragraph(text, n).scrollIntoView({ block: 'center' });
  await until(() => paragraph(text, n).classList.contains('current'), `¶${n} current`);
};
const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await nextFrame();
};
/** Whether a place's marker lies inside the map's box. */
const inView = (map: SummitMap, id: string) => {
  const box = marker(map, id).getBoundingClientRect();
  const area = shadow(map).querySelector('[part="map"]')!.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  return x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
};

describe('following the article', () => {
  it('a place chosen right after scrolling stays chosen until the reader reads on; then its popup closes as the map follows', async () => {
    const { map, text } = await mountStory();
    await readTo(text, 11);
    // Scrolled to ¶12 (Pyongyang) and, before the observer reports, chose Hanoi on the timeline.
    paragraph(text, 12).scrollIntoView({ block: 'center' });
    map.select('hanoi');
    await until(() => paragraph(text, 12).classList.contains('current'), '¶12 current');
    await until(() => popup(map)?.textContent?.includes('Hanoi') ?? false, 'Hanoi popup', 5000);
    await frames(30);
    expect(map.selected).toBe('hanoi');
    expect(popup(map)?.textContent).toContain('Hanoi');
    expect(marker(map, 'pyongyang').classList.contains('highlighted')).toBe(true);

    await readTo(text, 13);
    await until(() => popup(map) === null, 'popup closed as the map follows', 5000);
    expect(map.selected).toBe('');
    await until(() => inView(map, 'seoul') && inView(map, 'washington'), '¶13 framed', 5000);
  });

  it("after a cited jump's pause, the map catches up with the paragraph being read", async () => {
    const { map, text } = await mountStory();
    map.select('singapore');
    await until(() => popup(map)?.querySelector('.popup-cite') != null, 'paragraph links', 5000);
    popup(map)!.querySelector<HTMLButtonElement>('.popup-cite')!.click();
    await until(() => paragraph(text, 6).classList.contains('current'), '¶6 current');
    // ¶6 is Singapore's own paragraph; read on to ¶4 (Washington) within the pause by jumping there.
    map.select('washington');
    await until(() => popup(map)?.querySelectorAll('.popup-cite').length === 3, 'Washington links', 5000);
    popup(map)!.querySelectorAll<HTMLButtonElement>('.popup-cite')[0]!.click();
    await until(() => paragraph(text, 4).classList.contains('current'), '¶4 current');
    await until(() => popup(map) === null && inView(map, 'washington'), 'caught up with ¶4', 5000);
  });
});

describe('"What happened next"', () => {
  it('turning it on frames the layer', async () => {
    const map = await mountMap();
    const toggle = shadow(map).querySelector<HTMLButtonElement>('.outcome-toggle')!;
    toggle.click();
    await until(() => shadow(map).querySelectorAll('[data-outcome-id]').length > 0, 'outcome drawn');
    const spread = () => {
      const boxes = [...shadow(map).querySelectorAll('[data-outcome-id]')].map((element) => element.getBoundingClientRect());
      return Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
    };
    const before = spread();
    await until(() => spread() > before * 2, 'zoomed in on the layer', 5000);
    const area = shadow(map).querySelector('[part="map"]')!.getBoundingClientRect();
    for (const element of shadow(map).querySelectorAll('[data-outcome-id]')) {
      const box = element.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(area.left - 1);
      expect(box.right).toBeLessThanOrEqual(area.right + 1);
    }
  });
});
