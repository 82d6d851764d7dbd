import type { Group } from '../../core/design/schema';

/** How the canvas moves a group's devices while its frame title is dragged. */
export interface GroupDrag {
  /** Live move of a group's devices by (dx, dy) flow units from where the drag started. */
  onMove(group: Group, dx: number, dy: number): void;
  /** The drag ended: commit the positions. */
  onEnd(group: Group): void;
}
