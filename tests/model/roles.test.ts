// The roles of a story (src/model/roles.ts): declared roles keep what they declare, the rest get
// defaults, and a role places use without declaring it is made for them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS, DEFAULT_POINT_SYMBOLS, DEFAULT_ROLE, buildRoles, labelFromId } from '../../src/model/roles';
import type { PlaceKind, Problem } from '../../src/model/types';

const usage = (entries: [string, number, PlaceKind][]) => new Map(entries.map(([id, count, kind]) => [id, { count, kind }]));

function build(input: unknown, used: [string, number, PlaceKind][] = []) {
  const problems: Problem[] = [];
  const roles = buildRoles(input, usage(used), problems);
  return { roles, problems };
}

describe('labelFromId', () => {
  it('makes words of an id, first letter capital', () => {
    expect(labelFromId('flight-route')).toBe('Flight route');
    expect(labelFromId('focus_area')).toBe('Focus area');
    expect(labelFromId('  venue ')).toBe('Venue');
    expect(labelFromId('---')).toBe('---');
  });
});

describe('buildRoles', () => {
  it('keeps what each role declares, in declared order', () => {
    const { roles, problems } = build({
      venue: { label: 'Venue', order: 2, symbol: 'star', color: '#123456' },
      talks: { label: ' Talks ', order: 1, symbol: 'square', color: '#abc' },
    });
    expect(problems).toEqual([]);
    expect(roles).toEqual([
      { id: 'talks', label: 'Talks', order: 1, symbol: 'square', color: '#abc' },
      { id: 'venue', label: 'Venue', order: 2, symbol: 'star', color: '#123456' },
    ]);
  });

  it('gives undeclared symbols and colours by how the places are drawn, skipping what others declared', () => {
    const { roles } = build({ a: { color: DEFAULT_COLORS[0], symbol: DEFAULT_POINT_SYMBOLS[0] }, b: {}, c: {}, route: {}, area: {} }, [
      ['route', 1, 'line'],
      ['area', 1, 'area'],
    ]);
    const byId = Object.fromEntries(roles.map((role) => [role.id, role]));
    expect(byId.a).toMatchObject({ symbol: DEFAULT_POINT_SYMBOLS[0], color: DEFAULT_COLORS[0] });
    expect(byId.b).toMatchObject({ label: 'B', symbol: DEFAULT_POINT_SYMBOLS[1], color: DEFAULT_COLORS[1] });
    expect(byId.c).toMatchObject({ symbol: DEFAULT_POINT_SYMBOLS[2], color: DEFAULT_COLORS[2] });
    expect(byId.route!.symbol).toBe('line');
    expect(byId.area!.symbol).toBe('area');
    // Every role has its own colour while the sequence lasts.
    expect(new Set(roles.map((role) => role.color)).size).toBe(roles.length);
  });

  it('orders roles by "order", ties in declared order; roles without one follow their position', () => {
    const { roles } = build({ x: { order: 5 }, y: {}, z: { order: 5 } });
    expect(roles.map((role) => [role.id, role.order])).toEqual([
      ['y', 2],
      ['x', 5],
      ['z', 5],
    ]);
  });

  it('makes a role that places use without declaring it, after the declared ones, and says so', () => {
    const { roles, problems } = build({ venue: { order: 3 } }, [
      ['venue', 2, 'point'],
      ['flight-route', 1, 'line'],
      ['port', 4, 'point'],
    ]);
    expect(roles.map((role) => [role.id, role.label, role.order, role.symbol])).toEqual([
      ['venue', 'Venue', 3, 'circle'],
      ['flight-route', 'Flight route', 4, 'line'],
      ['port', 'Port', 5, 'square'],
    ]);
    expect(problems).toEqual([
      {
        field: 'roles.flight-route',
        message:
          'The role "flight-route" is not declared in "roles" (1 place uses it); it was added as "Flight route" with a default style.',
      },
      {
        field: 'roles.port',
        message: 'The role "port" is not declared in "roles" (4 places use it); it was added as "Port" with a default style.',
      },
    ]);
  });

  it('makes the default role for places that name none, without a problem', () => {
    const { roles, problems } = build(undefined, [[DEFAULT_ROLE.id, 3, 'point']]);
    expect(problems).toEqual([]);
    expect(roles).toEqual([{ id: 'place', label: 'Place', order: 1, symbol: DEFAULT_POINT_SYMBOLS[0], color: DEFAULT_COLORS[0] }]);
  });

  it('replaces each bad part of a declared role with a default, saying which and why', () => {
    const { roles, problems } = build({ venue: { label: 4, symbol: 'hexagon', color: 'red', order: 'first' }, odd: 'x' });
    expect(roles[0]).toEqual({ id: 'venue', label: 'Venue', order: 1, symbol: DEFAULT_POINT_SYMBOLS[0], color: DEFAULT_COLORS[0] });
    expect(roles[1]).toMatchObject({ id: 'odd', label: 'Odd', order: 2 });
    expect(problems.map((problem) => problem.field)).toEqual([
      'roles.venue.label',
      'roles.venue.symbol',
      'roles.venue.color',
      'roles.venue.order',
      'roles.odd',
    ]);
    expect(problems[1]!.message).toBe(
      'The role "venue" has symbol "hexagon"; use one of star, circle, diamond, square, triangle, line, area. A default is used.',
    );
    expect(problems[2]!.message).toBe('The role "venue" has colour "red"; use a hex colour such as #1f5fa8. A default is used.');
  });

  it('ignores "roles" that is not an object, and still makes the roles places use', () => {
    const { roles, problems } = build(['venue'], [['venue', 1, 'point']]);
    expect(roles.map((role) => role.id)).toEqual(['venue']);
    expect(problems[0]).toEqual({ field: 'roles', message: '"roles" should be an object keyed by role id; it was ignored.' });
  });

  it('reuses the sequences when there are more roles than colours or symbols', () => {
    const many = Object.fromEntries(Array.from({ length: DEFAULT_COLORS.length + 2 }, (_, n) => [`r${n}`, {}]));
    const { roles } = build(many);
    expect(roles.map((role) => role.color)).toEqual([...DEFAULT_COLORS, DEFAULT_COLORS[0], DEFAULT_COLORS[1]]);
    expect(roles.map((role) => role.symbol).slice(0, DEFAULT_POINT_SYMBOLS.length + 1)).toEqual([
      ...DEFAULT_POINT_SYMBOLS,
      DEFAULT_POINT_SYMBOLS[0],
    ]);
  });
});
