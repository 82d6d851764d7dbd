import { useEffect } from 'react';
import { useUi } from '../store/uiStore';

/** A refused connection's reason, shown where the pointer let go; it fades after a few seconds or on the next click. */
export function ConnectionToast() {
  const toast = useUi((s) => s.toast);
  useEffect(() => {
    if (!toast) return;
    const t = window.setTimeout(() => useUi.getState().clearToast(), 5000);
    const off = () => useUi.getState().clearToast();
    const arm = window.setTimeout(() => window.addEventListener('pointerdown', off, { once: true }), 50);
    return () => {
      window.clearTimeout(t);
      window.clearTimeout(arm);
      window.removeEventListener('pointerdown', off);
    };
  }, [toast]);
  if (!toast) return null;
  const x = Math.min(toast.x + 14, window.innerWidth - 340);
  const y = Math.min(toast.y + 14, window.innerHeight - 80);
  return (
    <div key={toast.seq} className="connection-toast" role="alert" data-testid="connection-error" style={{ left: Math.max(8, x), top: Math.max(8, y) }}>
      {toast.message}
    </div>
  );
}
