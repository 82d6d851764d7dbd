import { useMemo } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { useDesignStoreApi } from '../store/context';
import type { Derived } from '../store/derived';
import { generated } from '../store/generated';
import { applyDraft, editCode } from './applyCode';
import { codeDiagnostics, shownConfig, useCodeEdit } from './codeEdit';
import type { EditProps } from './MonacoView';

export interface ConfigEdit {
  /** The config.ml text to show (draft, applied text or generated). */
  text: string;
  /** True when the generated config.ml is shown (its spans are valid). */
  generated: boolean;
  dirty: boolean;
  diagnostics: Diagnostic[];
  edit: EditProps;
}

/** The editable config.ml tab: what to show, its code diagnostics, and the handlers Monaco calls. */
export function useConfigEdit(derived: Derived): ConfigEdit {
  const store = useDesignStoreApi();
  const draft = useCodeEdit((s) => s.draft);
  const applied = useCodeEdit((s) => s.applied);
  const check = useCodeEdit((s) => s.check);
  const reveal = useCodeEdit((s) => s.reveal);
  const generatedText = generated(derived.design).files.find((f) => f.path === 'config.ml')?.contents ?? '';
  const text = shownConfig(generatedText, derived.design, { draft, applied });
  const diagnostics = useMemo(() => codeDiagnostics(text, { check }), [text, check]);
  const edit = useMemo<EditProps>(
    () => ({
      onEdit: (t) => editCode(store, t),
      onApply: () => void applyDraft(store),
      held: () => useCodeEdit.getState().draft !== null,
      diagnostics,
      reveal,
    }),
    [store, diagnostics, reveal],
  );
  return { text, generated: text === generatedText, dirty: draft !== null, diagnostics, edit };
}
