// The story page's script: its shared styles and the elements. The page itself is static HTML.
import './story-page.css';
import './define';
