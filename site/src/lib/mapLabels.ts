// Greedy label placement for the point map: each label goes right of its point, else left; a label that
// would overlap a point, another label or the map edge is left out (the point keeps its accessible name,
// and the region list below the map names every country).
export type MapPoint = { x: number; y: number; label: string }
export type LabelSide = 'right' | 'left'
type Box = { left: number; right: number; top: number; bottom: number }

const CHAR_WIDTH = 10
const HALF_HEIGHT = 7
const POINT_RADIUS = 7

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

export function placeLabels<T extends MapPoint>(
  points: T[],
  width: number,
  priority: (point: T) => number,
): Map<T, LabelSide> {
  const taken: Box[] = points.map((p) => ({
    left: p.x - POINT_RADIUS,
    right: p.x + POINT_RADIUS,
    top: p.y - POINT_RADIUS,
    bottom: p.y + POINT_RADIUS,
  }))
  const sides = new Map<T, LabelSide>()
  for (const point of [...points].sort((a, b) => priority(b) - priority(a))) {
    const span = point.label.length * CHAR_WIDTH
    const vertical = { top: point.y - HALF_HEIGHT, bottom: point.y + HALF_HEIGHT }
    const candidates: [LabelSide, Box][] = [
      [
        'right',
        { left: point.x + POINT_RADIUS + 1, right: point.x + POINT_RADIUS + 1 + span, ...vertical },
      ],
      [
        'left',
        { left: point.x - POINT_RADIUS - 1 - span, right: point.x - POINT_RADIUS - 1, ...vertical },
      ],
    ]
    const fit = candidates.find(
      ([, box]) =>
        box.left >= 0 && box.right <= width && !taken.some((other) => overlaps(box, other)),
    )
    if (!fit) continue
    taken.push(fit[1])
    sides.set(point, fit[0])
  }
  return sides
}
