// The story editor as an author uses it (the built page dist/editor/, real Chromium, real clicks,
// a real mouse drag): open a story's two files, export them back byte for byte, edit places,
// roles, positions, dates and quotes, undo, reload, and bad input that changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { axeViolations, e2eSession } from './browser';
import { ROOT } from './serve';

const session = e2eSession();

interface Feature {
  id?: string;
  geometry: { type: string; coordinates: number[] };
  properties: { name: string; role: string; date?: string; dateLabel?: string; quotes?: { text: string; paragraph: number }[] };
}
interface Exported {
  article: { paragraphs: string[] };
  places: { features: Feature[]; roles: Record<string, { label: string }> };
}

const EDITOR = 'summit-map-editor';
const files = (story: string) => [join(ROOT, story, 'article.json'), join(ROOT, story, 'places.geojson')];

async function openEditor(options = {}): Promise<Page> {
  const { page, pageErrors } = await session.open('/editor/', options);
  page.on('dialog', (dialog) => void dialog.dismiss());
  expect(pageErrors).toEqual([]);
  return page;
}

async function openStory(page: Page, story = 'geo'): Promise<void> {
  await page.locator(`${EDITOR} input[type=file]`).setInputFiles(files(story));
  await page.locator(`${EDITOR} summit-map .summit-marker`).first().waitFor();
}

const exported = (page: Page) => page.evaluate(() => document.querySelector('summit-map-editor')!.exportStory()) as Promise<Exported>;
const feature = async (page: Page, id: string) => (await exported(page)).places.features.find((place) => place.id === id);
const marker = (page: Page, id: string) => page.locator(`${EDITOR} summit-map .summit-marker[data-place-id="${id}"]`);

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`${EDITOR} button.${button}`).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('the story editor', () => {
  it.each(['geo', 'stories/seascape-alaska'])('opens %s from its two files and exports them back byte for byte', async (story) => {
    const page = await openEditor();
    await openStory(page, story);
    const [article, places] = files(story).map((file) => readFileSync(file, 'utf8'));
    expect(await download(page, 'export-article')).toBe(article);
    expect(await download(page, 'export-places')).toBe(places);
    // Opened as objects through the API (no text to give back): printed the same, byte for byte.
    const opened = await page.evaluate(
      ([a, p]) => document.querySelector('summit-map-editor')!.open({ article: JSON.parse(a!), places: JSON.parse(p!) }),
      [article, places],
    );
    expect(opened).toBe(true);
    expect(await download(page, 'export-article')).toBe(article);
    expect(await download(page, 'export-places')).toBe(places);
    const html = await download(page, 'export-page');
    expect(html).toContain('<summit-map id="story-map" src="places.geojson" article-src="article.json"');
    expect(html).toContain(`<h1>${JSON.parse(article!).headline.replaceAll('&', '&amp;')}</h1>`);
    expect(html).not.toMatch(/<script(?![^>]*src="(\.\/)?summit-map\.js")/);
  });

  it('shows what the check finds: none for the story as published, a quote that is not word for word with its first differing character', async () => {
    const page = await openEditor();
    await openStory(page);
    const check = page.locator(`${EDITOR} section.check`);
    await expect.poll(() => check.textContent()).toMatch(/No problems.*Ready to export/);
    const [article, places] = files('geo').map((file) => JSON.parse(readFileSync(file, 'utf8')));
    places.features[0].properties.quotes[0].text = places.features[0].properties.quotes[0].text.replace('capital', 'capitol');
    await page.evaluate(([a, p]) => document.querySelector('summit-map-editor')!.open({ article: a, places: p }), [article, places]);
    await expect.poll(() => check.textContent()).toMatch(/1 problem to fix/);
    expect(await check.locator('li').textContent()).toMatch(/Hanoi.*'o'.*'a'|Hanoi.*"o".*"a"|Hanoi.*capitol/s);
  });

  it('copies the two-line embed snippet', async () => {
    const page = await openEditor({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openStory(page);
    await page.locator(`${EDITOR} summary`, { hasText: 'Embed' }).click();
    await page.locator(`${EDITOR} button.copy`).click();
    await expect.poll(() => page.locator(`${EDITOR} button.copy`).textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '<script type="module" src="summit-map.js"></script>\n<summit-map src="places.geojson" article-src="article.json"></summit-map>',
    );
  });

  it('drops a place with a click, undoes with Ctrl+Z and the button, redoes; each change fires summit-editor-change', async () => {
    const page = await openEditor();
    await openStory(page);
    await page.evaluate(() => {
      (window as unknown as { changes: string[] }).changes = [];
      document.addEventListener('summit-editor-change', (event) =>
        (window as unknown as { changes: string[] }).changes.push(event.detail.reason),
      );
    });
    await page.locator(`${EDITOR} li.place button.place-name`, { hasText: 'Danang' }).click();
    await page.locator(`${EDITOR} li.place.open button.drop`).click();
    await expect.poll(() => marker(page, 'danang').count()).toBe(0);
    expect(await feature(page, 'danang')).toBeUndefined();
    await page.locator(`${EDITOR} .article`).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => marker(page, 'danang').count()).toBe(1);
    await page.locator(`${EDITOR} button.redo`).click();
    await expect.poll(() => marker(page, 'danang').count()).toBe(0);
    await page.locator(`${EDITOR} button.undo`).click();
    await expect.poll(() => marker(page, 'danang').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { changes: string[] }).changes)).toEqual(['edit', 'undo', 'redo', 'undo']);
  });

  it('moves a pin by a real mouse drag, and puts a place where the map is clicked', async () => {
    const page = await openEditor();
    await openStory(page);
    const before = (await feature(page, 'danang'))!.geometry.coordinates;
    const box = (await marker(page, 'danang').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x - 8 * step, y + 6 * step);
    await page.mouse.up();
    await expect.poll(async () => (await feature(page, 'danang'))!.geometry.coordinates).not.toEqual(before);
    const after = (await feature(page, 'danang'))!.geometry.coordinates;
    // Dragged left and down: west and south.
    expect(after[0]).toBeLessThan(before[0]!);
    expect(after[1]).toBeLessThan(before[1]!);
    // The pin is where it was dropped.
    const moved = (await marker(page, 'danang').boundingBox())!;
    expect(Math.abs(moved.x + moved.width / 2 - (x - 80))).toBeLessThan(3);
    expect(Math.abs(moved.y + moved.height / 2 - (y + 60))).toBeLessThan(3);
    // A drag is not a click: no place was chosen.
    expect(await page.locator(`${EDITOR} li.place.open`).count()).toBe(0);

    // Without `editable` the same drag moves the map, not the pin, and reports nothing.
    const map0 = page.locator(`${EDITOR} summit-map`);
    await map0.evaluate((element) => {
      (element as HTMLElement & { editable: boolean }).editable = false;
      (window as unknown as { moves: number }).moves = 0;
      element.addEventListener('summit-place-move', () => (window as unknown as { moves: number }).moves++);
    });
    await expect.poll(() => map0.getAttribute('editable')).toBeNull();
    const still = (await marker(page, 'danang').boundingBox())!;
    await page.mouse.move(still.x + still.width / 2, still.y + still.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(still.x + still.width / 2 + 10 * step, still.y + still.height / 2);
    await page.mouse.up();
    expect(await page.evaluate(() => (window as unknown as { moves: number }).moves)).toBe(0);
    expect((await feature(page, 'danang'))!.geometry.coordinates).toEqual(after);
    await map0.evaluate((element) => ((element as HTMLElement & { editable: boolean }).editable = true));

    await page.locator(`${EDITOR} li.place button.place-name`, { hasText: 'Danang' }).click();
    await page.locator(`${EDITOR} li.place.open button.place-on-map`).click();
    const map = (await page.locator(`${EDITOR} summit-map [part="map"]`).boundingBox())!;
    await page.mouse.click(map.x + 60, map.y + map.height / 2);
    await expect.poll(async () => (await feature(page, 'danang'))!.geometry.coordinates).not.toEqual(after);
    expect((await feature(page, 'danang'))!.geometry.coordinates[0]).toBeLessThan(after[0]!);
  });

  it('on a phone (touch), a finger drags a pin', async () => {
    const page = await openEditor({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await openStory(page);
    await marker(page, 'danang').scrollIntoViewIfNeeded();
    const before = (await feature(page, 'danang'))!.geometry.coordinates;
    const box = (await marker(page, 'danang').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    await touch('touchStart', [{ x, y }]);
    for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x: x - 5 * step, y: y - 4 * step }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await feature(page, 'danang'))!.geometry.coordinates).not.toEqual(before);
    const after = (await feature(page, 'danang'))!.geometry.coordinates;
    expect(after[0]).toBeLessThan(before[0]!);
    expect(after[1]).toBeGreaterThan(before[1]!);
  });

  it('changes a role, renames it, sets a date, and quotes selected text verbatim; a reload keeps it all', async () => {
    const page = await openEditor();
    await openStory(page);
    await page.locator(`${EDITOR} li.place button.place-name`, { hasText: 'Danang' }).click();
    await page.locator(`${EDITOR} li.place.open select`).first().selectOption('likely-venue');
    await expect.poll(async () => (await feature(page, 'danang'))!.properties.role).toBe('likely-venue');

    await page.locator(`${EDITOR} summary`, { hasText: 'Roles' }).click();
    const label = page.locator(`${EDITOR} .roles li[data-role-id="capital"] input`).first();
    await label.fill('Capital city');
    await label.press('Enter');
    await label.blur();
    await expect.poll(async () => (await exported(page)).places.roles.capital!.label).toBe('Capital city');
    await expect.poll(() => page.locator('summit-map-editor summit-map [part="legend"]').textContent()).toContain('Capital city');

    const date = page.locator(`${EDITOR} li.place.open input[placeholder^="2019"]`);
    await date.fill('2019-02-27');
    await date.blur();
    await expect.poll(async () => (await feature(page, 'danang'))!.properties.date).toBe('2019-02-27');

    // Triple-click selects paragraph 3's words, as an author would.
    await page.locator(`${EDITOR} p[data-paragraph="3"]`).click({ clickCount: 3 });
    await expect.poll(() => page.locator(`${EDITOR} li.place.open .selection`).textContent()).toContain('Selected in ¶3');
    await page.locator(`${EDITOR} li.place.open button.add-selection`).click();
    const { article } = await exported(page);
    const quotes = (await feature(page, 'danang'))!.properties.quotes!;
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toEqual({ text: article.paragraphs[2]!.trim(), paragraph: 3 });

    await page.reload();
    await page.locator(`${EDITOR} summit-map .summit-marker`).first().waitFor();
    const restored = await feature(page, 'danang');
    expect(restored!.properties.role).toBe('likely-venue');
    expect(restored!.properties.date).toBe('2019-02-27');
    expect(restored!.properties.quotes).toEqual(quotes);
    expect((await exported(page)).places.roles.capital!.label).toBe('Capital city');
    // Undo reaches back past the reload.
    await page.locator(`${EDITOR} button.undo`).click();
    await expect.poll(async () => (await feature(page, 'danang'))!.properties.quotes).toHaveLength(1);
  });

  it('quotes a sentence picked by keyboard from a paragraph, verbatim', async () => {
    const page = await openEditor();
    await openStory(page);
    await page.locator(`${EDITOR} li.place button.place-name`, { hasText: 'Seoul' }).focus();
    await page.keyboard.press('Enter');
    const picker = page.locator(`${EDITOR} li.place.open .sentence-picker`);
    await picker.locator('select').first().selectOption('5');
    await expect.poll(() => picker.locator('select').nth(1).locator('option').count()).toBeGreaterThan(0);
    await picker.locator('button').focus();
    await page.keyboard.press('Enter');
    const { article } = await exported(page);
    const quote = (await feature(page, 'seoul'))!.properties.quotes!.at(-1)!;
    expect(quote.paragraph).toBe(5);
    expect(article.paragraphs[4]).toContain(quote.text);
    expect(quote.text.length).toBeGreaterThan(10);
  });

  it('bad input gets a plain message and the story stays as it was', async () => {
    const page = await openEditor();
    await openStory(page);
    const before = JSON.stringify(await exported(page));
    const message = () => page.locator(`${EDITOR} [part="message"]`).textContent();
    const expectKept = async (pattern: RegExp) => {
      await expect.poll(message).toMatch(pattern);
      expect(JSON.stringify(await exported(page))).toBe(before);
      await page.locator(`${EDITOR} [part="message"] button`).click();
    };
    await page.evaluate(() => document.querySelector('summit-map-editor')!.draft('   \n  '));
    await expectKept(/empty/);
    await page.evaluate(() => document.querySelector('summit-map-editor')!.draft('Vietnam and Hanoi. '.repeat(280_000)));
    await expectKept(/5\.3 million characters/);
    const input = page.locator(`${EDITOR} input[type=file]`);
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, n) => (n * 37) % 256));
    await input.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: binary });
    await expectKept(/binary/);
    await input.setInputFiles([
      { name: 'article.json', mimeType: 'application/json', buffer: Buffer.from('{"headline": "x", "paragraphs": ["a"]}') },
      { name: 'places.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type": "Feature"') },
    ]);
    await expectKept(/not JSON/);
    expect(await page.evaluate(() => document.querySelector('summit-map-editor')!.open({ article: {}, places: [] }))).toBe(false);
    await expectKept(/FeatureCollection/);
  });

  it('axe finds nothing with a story open and a place’s details, the roles and the snippet shown', async () => {
    const page = await openEditor();
    expect(await axeViolations(page)).toEqual([]);
    await openStory(page);
    await page.locator(`${EDITOR} li.place button.place-name`, { hasText: 'Danang' }).click();
    await page.locator(`${EDITOR} summary`, { hasText: 'Roles' }).click();
    await page.locator(`${EDITOR} summary`, { hasText: 'Embed' }).click();
    await page.locator(`${EDITOR} p[data-paragraph="2"]`).click({ clickCount: 3 });
    expect(await axeViolations(page)).toEqual([]);
    // And on a phone, where the parts stack.
    const phone = await openEditor({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await openStory(phone);
    await phone.locator(`${EDITOR} li.place button.place-name`, { hasText: 'Seoul' }).click();
    expect(await axeViolations(phone)).toEqual([]);
  });

  describe('drafting from an article', () => {
    const ARTICLE = [
      'Floods cut off towns in central Vietnam',
      '',
      'By Jane Doe',
      '',
      'Heavy rain flooded Hue and Hoi An on Sunday, officials in Hanoi said. Roads to Danang were closed.',
      '',
      'In Quang Nam province, the river rose above its banks near Hoi An. Residents in Xyzzyburg were evacuated.',
      '',
      "The capital's weather agency said rain would move toward Laos.",
    ].join('\n');

    async function draftByPaste(page: Page, text = ARTICLE): Promise<void> {
      await page.locator(`${EDITOR} textarea.paste`).fill(text);
      await page.locator(`${EDITOR} form.paste button[type=submit]`).click();
      await page.locator(`${EDITOR} summit-map .summit-marker`).first().waitFor();
    }

    it('drafts pasted text: places on the map, every mention marked, every quote verbatim; accept, another candidate, search, place an unknown name', async () => {
      const page = await openEditor();
      await draftByPaste(page);
      const story = await exported(page);
      const ids = story.places.features.map((place) => place.id);
      expect(ids).toEqual(expect.arrayContaining(['hanoi', 'hue', 'hoi-an', 'danang', 'laos']));
      for (const place of story.places.features)
        for (const quote of place.properties.quotes ?? []) expect(story.article.paragraphs[quote.paragraph - 1]).toContain(quote.text);
      // Each mention is marked in the article, as the text writes it.
      const marks = await page
        .locator(`${EDITOR} mark.mention`)
        .evaluateAll((elements) => elements.map((element) => [(element as HTMLElement).dataset.placeId, element.textContent]));
      expect(marks).toEqual(
        expect.arrayContaining([
          ['hue', 'Hue'],
          ['hoi-an', 'Hoi An'],
          ['hoi-an', 'Hoi An'],
          ['laos', 'Laos'],
        ]),
      );
      expect(await page.locator(`${EDITOR} li.place.is-draft`).count()).toBe(ids.length);

      // Accept by clicking its mention in the article, then the button.
      await page.locator(`${EDITOR} mark.mention[data-place-id="hanoi"]`).first().click();
      await page.locator(`${EDITOR} li.place.open button.accept`).click();
      await expect.poll(async () => 'draft' in (await feature(page, 'hanoi'))!).toBe(false);
      expect(await page.locator(`${EDITOR} li.place.is-draft`).count()).toBe(ids.length - 1);

      // Another of the draft's candidates.
      const withChoice = story.places.features.find(
        (place) => (place as { draft?: { candidates: unknown[] } }).draft!.candidates.length > 1,
      );
      if (withChoice) {
        await page.locator(`${EDITOR} li.place button.place-name`, { hasText: withChoice.properties.name }).click();
        const radios = page.locator(`${EDITOR} li.place.open fieldset.candidates input[type=radio]`);
        await radios.nth(1).click();
        const candidate = (withChoice as unknown as { draft: { candidates: { lat: number; lon: number }[] } }).draft.candidates[1]!;
        await expect.poll(async () => (await feature(page, withChoice.id!))!.geometry.coordinates).toEqual([candidate.lon, candidate.lat]);
      }

      // A place the draft missed, from the gazetteer.
      const search = page.locator(`${EDITOR} .search input[type=search]`);
      await search.fill('Vientiane');
      await search.press('Enter');
      await page.locator(`${EDITOR} .results button`).first().click();
      await expect.poll(async () => (await exported(page)).places.features.at(-1)!.properties.name).toBe('Vientiane');
      const added = (await exported(page)).places.features.at(-1)!;
      expect(Math.abs(added.geometry.coordinates[0]! - 102.6)).toBeLessThan(0.5);

      // A name the gazetteer lacks goes where the author clicks.
      await page.locator(`${EDITOR} .unresolved li`, { hasText: 'Xyzzyburg' }).locator('button', { hasText: 'Place on map' }).click();
      const map = (await page.locator(`${EDITOR} summit-map [part="map"]`).boundingBox())!;
      await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
      await expect.poll(async () => (await exported(page)).places.features.at(-1)!.properties.name).toBe('Xyzzyburg');
      const placed = (await exported(page)).places.features.at(-1)!;
      expect(placed.properties.quotes).toEqual([{ text: 'Residents in Xyzzyburg were evacuated.', paragraph: 2 }]);
      expect(await page.locator(`${EDITOR} .unresolved`).count()).toBe(0);
    });

    it('HTML with scripts and event handlers: only its text is read, nothing runs', async () => {
      const page = await openEditor();
      const html =
        '<html><head><script>window.__ran = 1</script></head><body><h1 onmouseover="window.__ran = 2">Rain in Hue</h1>' +
        '<p>Heavy rain hit Hue and <img src="x" onerror="window.__ran = 3">Hanoi on Sunday.</p><script>window.__ran = 4</script></body></html>';
      await page.evaluate((text) => document.querySelector('summit-map-editor')!.draft(text), html);
      await page.locator(`${EDITOR} summit-map .summit-marker`).first().waitFor();
      await page.locator(`${EDITOR} .headline`).hover();
      expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
      const { article } = await exported(page);
      expect(JSON.stringify(article)).not.toMatch(/<|onerror|__ran/);
      expect(await page.locator(`${EDITOR} img`).count()).toBe(0);
      expect(await page.locator(`${EDITOR} .notice`).textContent()).toMatch(/none of them ran/);
    });

    it('a text with no place, or in another script, gets a message and the story stays; a draft over a story can be undone', async () => {
      const page = await openEditor();
      await openStory(page);
      const before = JSON.stringify(await exported(page));
      const message = () => page.locator(`${EDITOR} [part="message"]`).textContent();
      await page.evaluate(() => document.querySelector('summit-map-editor')!.draft('A quiet day\n\nNothing happened, and nobody said so.'));
      await expect.poll(message).toMatch(/No place was found/);
      await page.evaluate(() =>
        document.querySelector('summit-map-editor')!.draft('Наводнение\n\nСильные дожди затопили город в понедельник.'),
      );
      await expect.poll(message).toMatch(/Cyrillic/);
      expect(JSON.stringify(await exported(page))).toBe(before);
      await page.locator(`${EDITOR} button.new`).click();
      await draftByPaste(page);
      await expect.poll(async () => (await exported(page)).article.paragraphs.length).toBe(3);
      await page.locator(`${EDITOR} button.undo`).click();
      await expect.poll(async () => JSON.stringify(await exported(page))).toBe(before);
    });
  });
});
