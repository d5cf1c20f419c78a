import { it } from 'vitest';
import { startServer } from './serve';
import { launchBrowser, openPage } from './browser';
it('loop', async () => {
  const server = await startServer();
  const b = await launchBrowser();
  for (const path of (process.env.PAGES ?? '/fixtures/other-story.html').split(',')) {
    let n = 0;
    for (let i = 0; i < Number(process.env.N ?? 10); i++) {
      const r = await openPage(b);
      r.page.on('pageerror', (e) => console.log(path, 'ERR', e.stack));
      await r.page.goto(server.url(path));
      await r.page.waitForTimeout(Number(process.env.WAIT ?? 2500));
      if (r.pageErrors.length) n++;
      await r.close();
    }
    console.log(path, 'runs with page errors:', n);
  }
  await b.close();
  await server.close();
}, 600000);
