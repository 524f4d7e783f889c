/**
 * The app's symbol: two arrows chasing each other round a person (a user kept in sync between
 * two tenants). Described as shapes in a unit square so the same drawing serves the 192 px
 * colour icon and the 32 px outline icon.
 */

type Point = { x: number; y: number };

const CENTER: Point = { x: 0.5, y: 0.5 };
const RING_RADIUS = 0.33;
const RING_HALF_WIDTH = 0.05;
const ARROW_HALF_WIDTH = 0.12;
const ARROW_LENGTH = 0.15;
/** Each arc runs clockwise (screen coordinates, y down) and ends in an arrowhead. */
const ARCS = [
  { from: deg(200), to: deg(322) },
  { from: deg(20), to: deg(142) },
];

/** True when the point lies inside the symbol. */
export function insideGlyph(x: number, y: number): boolean {
  return ARCS.some((arc) => onArc(x, y, arc.from, arc.to) || inArrowhead(x, y, arc.to)) || inPerson(x, y);
}

function onArc(x: number, y: number, from: number, to: number): boolean {
  const r = Math.hypot(x - CENTER.x, y - CENTER.y);
  if (Math.abs(r - RING_RADIUS) > RING_HALF_WIDTH) return false;
  const angle = normalize(Math.atan2(y - CENTER.y, x - CENTER.x));
  return angle >= from && angle <= to;
}

function inArrowhead(x: number, y: number, at: number): boolean {
  const base = { x: CENTER.x + RING_RADIUS * Math.cos(at), y: CENTER.y + RING_RADIUS * Math.sin(at) };
  const tangent = { x: -Math.sin(at), y: Math.cos(at) }; // clockwise direction on screen
  const normal = { x: Math.cos(at), y: Math.sin(at) };
  const tip = { x: base.x + tangent.x * ARROW_LENGTH, y: base.y + tangent.y * ARROW_LENGTH };
  const left = { x: base.x + normal.x * ARROW_HALF_WIDTH, y: base.y + normal.y * ARROW_HALF_WIDTH };
  const right = { x: base.x - normal.x * ARROW_HALF_WIDTH, y: base.y - normal.y * ARROW_HALF_WIDTH };
  return inTriangle({ x, y }, tip, left, right);
}

function inPerson(x: number, y: number): boolean {
  const head = Math.hypot(x - 0.5, y - 0.43) <= 0.075;
  const shoulders = y <= 0.655 && ((x - 0.5) / 0.14) ** 2 + ((y - 0.655) / 0.1) ** 2 <= 1;
  return head || shoulders;
}

function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const side = (p1: Point, p2: Point, p3: Point) => (p1.x - p3.x) * (p2.y - p3.y) - (p2.x - p3.x) * (p1.y - p3.y);
  const d1 = side(p, a, b),
    d2 = side(p, b, c),
    d3 = side(p, c, a);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

function deg(d: number): number {
  return (d * Math.PI) / 180;
}

function normalize(angle: number): number {
  return angle < 0 ? angle + 2 * Math.PI : angle;
}
