interface Props {
  errors: number;
  onApply(): void;
  onDiscard(): void;
}

/** Shown while config.ml has edits the graph does not follow yet: canvas edits will not overwrite them. */
export default function DirtyBar({ errors, onApply, onDiscard }: Props) {
  return (
    <div className="mc-code-dirty" data-testid="code-dirty" role="status">
      <span>{errors ? `config.ml edited — ${errors} error${errors > 1 ? 's' : ''}, graph unchanged` : 'config.ml edited'}</span>
      <button type="button" data-testid="code-apply" onClick={onApply} title="Apply config.ml to the graph (Ctrl+Enter)">
        Apply
      </button>
      <button type="button" data-testid="code-discard" onClick={onDiscard} title="Drop the edits and show the generated config.ml">
        Discard
      </button>
    </div>
  );
}
