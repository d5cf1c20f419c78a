/**
 * The shape that stands for a role, as inline SVG (no image URLs, so nothing 404s inside a
 * shadow root and nothing leaves the page). Shared by the map markers and the legend.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { RoleSymbol } from '../model/types';

const SHAPES: Record<RoleSymbol, SVGTemplateResult> = {
  star: svg`<path d="M10 1.8L12.17 7.61L18.37 7.88L13.52 11.74L15.17 17.72L10 14.3L4.83 17.72L6.48 11.74L1.63 7.88L7.83 7.61Z" />`,
  circle: svg`<circle cx="10" cy="10" r="6.5" />`,
  square: svg`<rect x="4" y="4" width="12" height="12" rx="1" />`,
  diamond: svg`<path d="M10 2.2L17.8 10L10 17.8L2.2 10Z" />`,
  triangle: svg`<path d="M10 2.8L17.8 16.6H2.2Z" />`,
  line: svg`<path d="M2 15C6 4 13 4 18 9" fill="none" stroke-width="3" stroke-dasharray="5 3" />`,
  area: svg`<path d="M3 6.5L9 2.5L17 5L16.5 13.5L10 17.5L3.5 14Z" fill-opacity="0.35" />`,
};

/** A 20×20 symbol filled (or, for lines, stroked; for areas, both, the fill light) in the role's colour. */
export function roleSymbol(symbol: RoleSymbol, color: string, size = 20): SVGTemplateResult {
  const stroked = symbol === 'line' || symbol === 'area';
  return svg`<svg class="symbol symbol-${symbol}" width=${size} height=${size} viewBox="0 0 20 20" aria-hidden="true" focusable="false"
    fill=${symbol === 'line' ? 'none' : color} stroke=${stroked ? color : '#ffffff'} stroke-width="1.5" stroke-linejoin="round">${SHAPES[symbol]}</svg>`;
}
