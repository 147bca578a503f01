import { useState } from 'react';
import type { DraftMatch } from '../../api/types.js';

const OTHER = '__other';

interface Props {
  label: string;
  matches: DraftMatch[];
  link: string | undefined;
  onLink: (target: string) => void;
}

/** Which record an item writes to: the proposed match, another match, a record named by id, or a new one. */
export function LinkChoice({ label, matches, link, onLink }: Props) {
  const best = matches[0];
  const isKnown = link === undefined || link === 'new' || matches.some((m) => m.recordId === link);
  const [isOther, setIsOther] = useState(!isKnown);
  const value = isOther ? OTHER : (link ?? best?.recordId ?? 'new');
  return (
    <div className="item-link">
      <label>
        <span>{best ? 'Links to' : 'Record'}</span>
        <select value={value} aria-label={`${label}: record to write to`}
          onChange={(e) => {
            const next = e.target.value;
            setIsOther(next === OTHER);
            if (next !== OTHER) onLink(next);
          }}>
          {matches.map((m) => <option key={m.recordId} value={m.recordId}>{m.label} ({Math.round(m.score * 100)}%)</option>)}
          <option value="new">Create a new record</option>
          <option value={OTHER}>Another record…</option>
        </select>
      </label>
      {isOther && (
        <label>
          <span>Record id</span>
          <input defaultValue={isKnown ? '' : link} placeholder="e.g. ins_01J…" aria-label={`${label}: id of the record to link to`}
            onChange={(e) => { if (e.target.value.trim()) onLink(e.target.value.trim()); }} />
        </label>
      )}
    </div>
  );
}
