import { useEffect, useRef } from 'react';
import { useDesignStore } from '../store/context';
import { reviewFirst, unreviewed, useReview } from './review';

/**
 * The mark on a design from a link or a file that carries OCaml code (`untrusted-code` banner), and the
 * dialog that shows that code before anything exports it (`code-review`).
 */
export default function CodeReview() {
  const design = useDesignStore((s) => s.design);
  const pending = useReview((s) => s.pending);
  const source = useReview((s) => s.source);
  const dialog = useReview((s) => s.dialog);
  const waiting = unreviewed(design, pending);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!dialog) return;
    confirm.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && dialog.resolve(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);

  return (
    <>
      {waiting.length > 0 && !dialog && (
        <div className="mc-banner mc-untrusted" role="alert" data-testid="untrusted-code">
          This design from {source} carries OCaml code ({waiting.length} piece{waiting.length > 1 ? 's' : ''}) that runs when you build it.
          <button type="button" data-testid="review-code" onClick={() => void reviewFirst(design, 'review')}>
            Read the code
          </button>
        </div>
      )}
      {dialog && (
        <div className="mc-overlay" onMouseDown={(e) => e.target === e.currentTarget && dialog.resolve(false)}>
          <div className="mc-dialog mc-review" role="dialog" aria-modal="true" aria-labelledby="mc-review-title" data-testid="code-review">
            <header>
              <h2 id="mc-review-title">OCaml code from {dialog.source}</h2>
              <button type="button" aria-label="Close" onClick={() => dialog.resolve(false)}>
                ×
              </button>
            </header>
            <p>
              This code came with the design and is written into the project as it is. Code in config.ml runs on your machine when{' '}
              <code>mirage configure</code> (or <code>./build.sh</code>) runs; a runtime-argument default runs inside the unikernel. Read it before you go on.
            </p>
            <ol className="mc-review-items">
              {dialog.items.map((it, i) => (
                <li key={i} data-testid="code-review-item">
                  <div className="mc-review-where">
                    {it.where} <span className="mc-chip">{it.runs === 'configure' ? 'runs at mirage configure' : 'runs in the unikernel'}</span>
                  </div>
                  <pre>{it.code}</pre>
                </li>
              ))}
            </ol>
            <footer className="mc-review-actions">
              <button type="button" data-testid="code-review-cancel" onClick={() => dialog.resolve(false)}>
                Cancel
              </button>
              <button type="button" className="mc-primary" data-testid="code-review-confirm" ref={confirm} onClick={() => dialog.resolve(true)}>
                {dialog.purpose === 'export' ? 'I have read it: export' : 'I have read it'}
              </button>
            </footer>
          </div>
        </div>
      )}
    </>
  );
}
