// The story page's script: its shared styles and the elements. The page itself is static HTML.
// As the drop-in module does (./embed.ts): the map's code first, the companions' fetched beside it,
// so that the map's markers do not wait for the article's and the list's code.
import './story-page.css';
import './embed';
