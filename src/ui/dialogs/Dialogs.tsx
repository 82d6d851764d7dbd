import { lazy, Suspense } from 'react';
import { useUi } from '../store/uiStore';
import './dialogs.css';

// Loaded when first opened (not needed to start).
const ShortcutsSheet = lazy(() => import('./ShortcutsSheet'));
const PictureDialog = lazy(() => import('../picture/PictureDialog'));

/** The dialog open over the editor, if any (one at a time). */
export function Dialogs() {
  const dialog = useUi((s) => s.dialog);
  const close = () => useUi.getState().setDialog(null);
  if (dialog === 'shortcuts')
    return (
      <Suspense fallback={null}>
        <ShortcutsSheet onClose={close} />
      </Suspense>
    );
  if (dialog === 'picture')
    return (
      <Suspense fallback={null}>
        <PictureDialog onClose={close} />
      </Suspense>
    );
  return null;
}
