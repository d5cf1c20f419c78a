/**
 * The role symbols as SVG markup, the shapes of src/symbols/role-symbol.ts (a 20×20 box, filled
 * in the role's colour with a white edge; lines and areas stroked). tests/render/symbols.test.ts
 * holds the two to the same shapes.
 */
import type { RoleSymbol } from '../model/types';
import { element } from './svg-writer';

export const SHAPES: Record<RoleSymbol, string> = {
  star: '<path d="M10 1.8L12.17 7.61L18.37 7.88L13.52 11.74L15.17 17.72L10 14.3L4.83 17.72L6.48 11.74L1.63 7.88L7.83 7.61Z" />',
  circle: '<circle cx="10" cy="10" r="6.5" />',
  square: '<rect x="4" y="4" width="12" height="12" rx="1" />',
  diamond: '<path d="M10 2.2L17.8 10L10 17.8L2.2 10Z" />',
  triangle: '<path d="M10 2.8L17.8 16.6H2.2Z" />',
  line: '<path d="M2 15C6 4 13 4 18 9" fill="none" stroke-width="3" stroke-dasharray="5 3" />',
  area: '<path d="M3 6.5L9 2.5L17 5L16.5 13.5L10 17.5L3.5 14Z" fill-opacity="0.35" />',
};

/** A symbol `size` pixels wide with its top-left corner at (x, y). */
export function symbolAt(
  symbol: RoleSymbol,
  color: string,
  x: number,
  y: number,
  size: number,
  extra: Record<string, string> = {},
): string {
  const stroked = symbol === 'line' || symbol === 'area';
  return element(
    'g',
    {
      transform: `translate(${+x.toFixed(2)} ${+y.toFixed(2)}) scale(${+(size / 20).toFixed(4)})`,
      fill: symbol === 'line' ? 'none' : color,
      stroke: stroked ? color : '#ffffff',
      'stroke-width': '1.5',
      'stroke-linejoin': 'round',
      ...extra,
    },
    SHAPES[symbol],
  );
}
