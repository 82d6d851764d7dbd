import { useMemo, useState } from 'react';
import { nodeViews } from '../canvas/flowModel';
import { Modal } from '../dialogs/Modal';
import { download } from '../files/browser';
import { fileNameFor } from '../files/names';
import { notify } from '../files/notices';
import { useDesignStore } from '../store/context';
import { useDerived } from '../store/derived';
import { svgToPng } from './png';
import { pictureSvg } from './svg';
import { THEMES } from './theme';

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/**
 * Export a picture of the design for slides, docs and teaching: SVG (vector, crisp at any size) or PNG
 * (2× or 3×), of the whole design or the selection, light or dark, with a legend of the types shown.
 */
export default function PictureDialog({ onClose }: { onClose(): void }) {
  const dv = useDerived();
  const selected = useDesignStore((s) => s.selected);
  const ids = new Set(dv.design.devices.map((d) => d.id));
  const chosen = selected.filter((id) => ids.has(id));
  const [scope, setScope] = useState<'all' | 'selection'>(chosen.length ? 'selection' : 'all');
  const [theme, setTheme] = useState<'light' | 'dark'>(prefersDark() ? 'dark' : 'light');
  const [legend, setLegend] = useState(true);
  const [scale, setScale] = useState(2);
  const pic = useMemo(
    () => pictureSvg({ design: dv.design, views: nodeViews(dv), only: scope === 'selection' && chosen.length ? new Set(chosen) : undefined, theme: THEMES[theme], legend }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dv, scope, theme, legend, chosen.join('\n')],
  );
  const preview = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(pic.svg)}`, [pic]);
  const base = `${dv.design.name || 'design'}${scope === 'selection' ? '-selection' : ''}`;
  const png = async () => {
    try {
      const blob = await svgToPng(pic.svg, pic.width, pic.height, scale);
      download(fileNameFor(base, 'png'), new Uint8Array(await blob.arrayBuffer()), 'image/png');
    } catch (e) {
      notify({ kind: 'error', title: 'The PNG could not be made.', details: [String(e)] });
    }
  };
  return (
    <Modal title="Export a picture" onClose={onClose} testId="picture-dialog" wide>
      <div className="picture-options">
        <fieldset>
          <legend>What</legend>
          <label>
            <input type="radio" name="pic-scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="picture-all" /> The whole design
          </label>
          <label>
            <input type="radio" name="pic-scope" checked={scope === 'selection'} disabled={!chosen.length} onChange={() => setScope('selection')} data-testid="picture-selection" /> The selection
            {chosen.length ? ` (${chosen.length} device${chosen.length > 1 ? 's' : ''})` : ' (nothing selected)'}
          </label>
        </fieldset>
        <fieldset>
          <legend>Look</legend>
          <label>
            <input type="radio" name="pic-theme" checked={theme === 'light'} onChange={() => setTheme('light')} data-testid="picture-light" /> Light
          </label>
          <label>
            <input type="radio" name="pic-theme" checked={theme === 'dark'} onChange={() => setTheme('dark')} data-testid="picture-dark" /> Dark
          </label>
          <label>
            <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} data-testid="picture-legend" /> Legend of types
          </label>
        </fieldset>
        <fieldset>
          <legend>PNG size</legend>
          {[1, 2, 3].map((s) => (
            <label key={s}>
              <input type="radio" name="pic-scale" checked={scale === s} onChange={() => setScale(s)} /> {s}×
            </label>
          ))}
        </fieldset>
      </div>
      <div className="picture-preview" role="region" aria-label="Preview" tabIndex={0}>
        <img src={preview} alt={`Preview: ${pic.width} × ${pic.height}`} width={pic.width} height={pic.height} />
      </div>
      <div className="picture-actions">
        <span className="muted">
          {pic.width} × {pic.height} px
        </span>
        <button type="button" data-testid="picture-svg" onClick={() => download(fileNameFor(base, 'svg'), pic.svg, 'image/svg+xml')}>
          Download SVG
        </button>
        <button type="button" className="mc-primary" data-testid="picture-png" onClick={() => void png()}>
          Download PNG ({scale}×)
        </button>
      </div>
    </Modal>
  );
}
