/** Lesson and explanation text: `backticks` become code spans; nothing else is interpreted. */
export function Prose({ text, className }: { text: string; className?: string }) {
  const parts = text.split('`');
  return (
    <p className={className}>
      {parts.map((p, i) => (i % 2 ? <code key={i}>{p}</code> : p))}
    </p>
  );
}
