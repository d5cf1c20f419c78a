// The story page's script: registers the elements. The page itself is static HTML.
import './define';
