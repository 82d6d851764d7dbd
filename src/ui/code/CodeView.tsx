import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { MonacoViewProps } from './MonacoView';
import type { CodeTab } from './tabs';

const MonacoView = lazy(() => import('./MonacoView'));

/** Plain text while Monaco loads (or if it fails): the code is readable from the first frame. */
function Plain({ tab }: { tab: CodeTab }) {
  return (
    <pre className="mc-code-plain" data-testid="code-fallback" tabIndex={0} aria-label={`${tab.title} (generated, read-only)`}>
      {tab.text}
    </pre>
  );
}

class Fallback extends Component<{ tab: CodeTab; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <Plain tab={this.props.tab} /> : this.props.children;
  }
}

/** The file of a tab in a lazily loaded Monaco editor (read-only, except config.ml when `edit` is given). */
export default function CodeView(props: MonacoViewProps) {
  return (
    <div className="mc-code" data-testid="code-view" data-file={props.tab.title}>
      <Fallback tab={props.tab}>
        <Suspense fallback={<Plain tab={props.tab} />}>
          <MonacoView {...props} />
        </Suspense>
      </Fallback>
    </div>
  );
}
