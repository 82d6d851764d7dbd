import { useNotices } from './notices';
import './files.css';

/**
 * Notices, stacked at the bottom right of the canvas (never over the code panel): at most three, newest
 * at the bottom, each expiring (errors later), kept while the pointer or focus is on it.
 */
export default function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const hold = useNotices((s) => s.hold);
  return (
    <div className="mc-notices" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`mc-notice mc-notice-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${n.kind}`}
          onMouseEnter={() => hold(n.id, true)}
          onMouseLeave={() => hold(n.id, false)}
          onFocus={() => hold(n.id, true)}
          onBlur={() => hold(n.id, false)}
        >
          <div className="mc-notice-body">
            <strong>{n.title}</strong>
            {n.details && n.details.length > 0 && (
              <ul>
                {n.details.slice(0, 6).map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
                {n.details.length > 6 && <li>… and {n.details.length - 6} more</li>}
              </ul>
            )}
          </div>
          <button type="button" className="mc-notice-close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
