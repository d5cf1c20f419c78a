/** The bundled story as the build parses and checks it (scripts/vite-bundled-story.ts). */
declare module 'virtual:summit-map-bundled-story' {
  import type { Article, Story } from '../model/types';
  export const story: Story;
  export const article: Article;
}
