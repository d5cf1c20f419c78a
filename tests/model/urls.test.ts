import { expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/model/urls';

it('allows only http(s) links', () => {
  expect(safeHttpUrl('https://www.bloomberg.com/news')).toBe('https://www.bloomberg.com/news');
  expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
  for (const bad of ['javascript:alert(1)', 'data:text/html,x', ' vbscript:x', '', 42, undefined, 'not a url'])
    expect(safeHttpUrl(bad)).toBeUndefined();
  expect(safeHttpUrl('/story', 'https://example.com/a/')).toBe('https://example.com/story');
});
