import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { copySelection, pasteClip } from './clipboard';

const d = design().add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').build();

describe('clipboard', () => {
  it('copies the selection with only the wires among it', () => {
    const c = copySelection(d, ['stack', 'tcp'])!;
    expect(c.instances.map((x) => x.id)).toEqual(['stack', 'tcp']);
    expect(c.wires.map((w) => w.id)).toEqual(['stack->tcp.arg1']);
    expect(copySelection(d, [])).toBeNull();
  });
  it('pastes copies wired among themselves, clear of every device; step 0 pastes in place (cut)', () => {
    const c = copySelection(d, ['stack', 'tcp'])!;
    const r = pasteClip(d, c, 1);
    expect(r.ids).toEqual(['stack2', 'tcp2']);
    expect(r.design.wires.at(-1)).toMatchObject({ from: 'stack2', to: 'tcp2' });
    const clear = (design: typeof d, ids: string[]) =>
      ids.every((id) => {
        const p = design.devices.find((x) => x.id === id)!.position;
        return design.devices.every((o) => ids.includes(o.id) || Math.abs(o.position.x - p.x) >= 180 || Math.abs(o.position.y - p.y) >= 110);
      });
    expect(clear(r.design, r.ids)).toBe(true);
    const again = pasteClip(r.design, c, 2);
    expect(clear(again.design, again.ids)).toBe(true);
    expect(pasteClip(d, c, 0).design.devices.at(-1)!.position).toEqual(d.devices[2]!.position);
  });
});
