import { useEffect, useMemo, useRef } from 'react';
import { keyOfTag, segmentText, type TaggedSpan } from './spans.js';

interface Props {
  text: string;
  spans: TaggedSpan[];
  litTags: Set<string>;
  onSelectKeys: (keys: string[]) => void;
}

/** The source text with every evidence span marked; lit spans stand out, and clicking one selects its items. */
export function SourceText({ text, spans, litTags, onSelectKeys }: Props) {
  const segments = useMemo(() => segmentText(text.length, spans), [text, spans]);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = ref.current?.querySelector('mark.is-lit');
    first?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [litTags]);

  return (
    <div className="source-text" ref={ref} aria-label="Source text">
      {segments.map((s) => {
        const chunk = text.slice(s.start, s.end);
        if (!s.tags.length) return <span key={s.start}>{chunk}</span>;
        const isLit = s.tags.some((t) => litTags.has(t));
        const keys = [...new Set(s.tags.map(keyOfTag))];
        return (
          <mark
            key={s.start}
            className={isLit ? 'is-lit' : undefined}
            data-tags={s.tags.join(' ')}
            data-start={s.start}
            title={`Supports ${s.tags.join(', ')}`}
            onClick={() => onSelectKeys(keys)}
          >
            {chunk}
          </mark>
        );
      })}
    </div>
  );
}
