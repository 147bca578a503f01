import { forwardRef } from 'react';
import { LOW_CONFIDENCE } from '../../../../src/contracts/index.js';
import type { ItemState } from './acceptRequest.js';
import { LinkChoice } from './LinkChoice.js';
import type { ReviewItem } from './reviewItems.js';

interface Props {
  item: ReviewItem;
  state: ItemState;
  link: string | undefined;
  edits: Record<string, string> | undefined;
  isCursor: boolean;
  isEditing: boolean;
  isLinked: boolean;
  litField: string | undefined;
  onFocus: () => void;
  onHighlight: (field?: string) => void;
  onState: (state: ItemState) => void;
  onToggleEdit: () => void;
  onEdit: (field: string, value: string) => void;
  onLink: (target: string) => void;
}

/** One proposed record: its values (each tied to its spans), its match, and accept / edit / reject. */
export const ItemCard = forwardRef<HTMLElement, Props>(function ItemCard(props, ref) {
  const { item, state, link, edits, isCursor, isEditing, isLinked, litField } = props;
  const isLow = item.confidence < LOW_CONFIDENCE;
  const className = ['item-card', `is-${state}`, isCursor && 'is-cursor', isLinked && 'is-linked'].filter(Boolean).join(' ');
  return (
    <article ref={ref} className={className} tabIndex={0} onFocus={props.onFocus} data-key={item.key}
      aria-label={`${item.kind} ${item.label}, ${state}`}>
      <header className="item-head">
        <strong>{item.label}</strong>
        <span className={`badge badge-${state}`}>{state}</span>
        {isLow && <span className="badge badge-low" title={`Confidence ${item.confidence.toFixed(2)}`}>low confidence</span>}
      </header>
      <dl className="item-fields">
        {item.fields.map((f) => (
          <div key={f.name} className="item-field">
            <dt>{f.name.replaceAll('_', ' ')}</dt>
            <dd>
              {isEditing && f.isEditable ? (
                <input aria-label={`${item.label}: ${f.name}`} defaultValue={edits?.[f.name] ?? (f.value === '—' ? '' : f.value)}
                  onChange={(e) => props.onEdit(f.name, e.target.value)} />
              ) : (
                <button type="button" className={`value${litField === f.name ? ' is-lit' : ''}`} data-field={f.name}
                  onMouseEnter={() => props.onHighlight(f.name)} onFocus={() => props.onHighlight(f.name)}>
                  {edits?.[f.name] ?? f.value}
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <LinkChoice label={item.label} matches={item.matches} link={link} onLink={props.onLink} />
      <div className="item-actions">
        <button type="button" onClick={() => props.onState('accepted')} aria-pressed={state === 'accepted'}>Accept <kbd>a</kbd></button>
        <button type="button" onClick={props.onToggleEdit} aria-pressed={isEditing}>Edit <kbd>e</kbd></button>
        <button type="button" onClick={() => props.onState('rejected')} aria-pressed={state === 'rejected'}>Reject <kbd>r</kbd></button>
      </div>
    </article>
  );
});
