import { useNotices } from './notices';
import './files.css';

/** The toasts of the file actions (bottom right); errors are alerts with the specific reason. */
export default function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="mc-notices" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`mc-notice mc-notice-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${n.kind}`}
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
