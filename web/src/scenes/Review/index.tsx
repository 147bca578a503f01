import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { DraftDetail } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { useAcceptDraft, useDraft } from '../../hooks/useDrafts.js';
import { sectorKey, useReview } from '../../hooks/useReview.js';
import { buildAcceptRequest, type ReviewDecisions } from './acceptRequest.js';
import { ItemCard } from './ItemCard.js';
import { ITEM_KIND_LABELS, ITEM_KINDS, formatValue } from './reviewItems.js';
import { SourceText } from './SourceText.js';

/** `/drafts/:id`: the source beside what Bilat read from it, to accept, edit or reject. */
export default function ReviewScene() {
  const { id = '' } = useParams();
  const draft = useDraft(id);
  if (draft.isPending) return <Loading what="the draft" />;
  if (draft.isError) return <ErrorMessage error={draft.error} />;
  return <Review detail={draft.data} />;
}

function Review({ detail }: { detail: DraftDetail }) {
  const { draft, source } = detail;
  const navigate = useNavigate();
  const isDuplicate = (useLocation().state as { isDuplicate?: boolean } | null)?.isDuplicate === true;
  const accept = useAcceptDraft(draft.id);
  const extraction = draft.extraction;
  const pair = (extraction.engagements[0]?.countries.length ?? 0) >= 2 ? extraction.engagements[0]!.countries : extraction.countries;

  const submit = useCallback((decisions: ReviewDecisions, mode: 'all' | 'selected') => {
    accept.mutate(buildAcceptRequest(decisions, mode), {
      onSuccess: () => navigate(pair.length >= 2 ? `/dossier/${pair[0]}/${pair[1]}` : '/'),
    });
  }, [accept, navigate, pair]);
  const handleEnter = useCallback((d: ReviewDecisions) => submit(d, 'selected'), [submit]);
  const review = useReview(draft, handleEnter);
  const cards = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    const key = review.items[review.cursor]?.key;
    const card = key ? cards.current.get(key) : undefined;
    if (card && document.activeElement !== card && !card.contains(document.activeElement)) card.focus();
  }, [review.cursor, review.items]);

  const isDone = draft.status === 'accepted' || draft.status === 'rejected';
  const highlight = review.highlight;
  return (
    <div className="review">
      <header className="scene-head">
        <h1>Review: {source.title ?? 'untitled source'}</h1>
        <p className="muted">
          {formatValue(extraction.language)} · reference date {source.referenceDate ?? extraction.reference_date ?? '—'} · {review.items.length} items · draft {draft.status.replaceAll('_', ' ')}
        </p>
        <div className="toolbar">
          <button type="button" className="primary" disabled={accept.isPending || isDone}
            onClick={() => { review.acceptAllLocally(); submit(review.decisions, 'all'); }}>Accept all</button>
          <button type="button" disabled={accept.isPending || isDone} onClick={() => submit(review.decisions, 'selected')}>
            Accept selected <kbd>Enter</kbd>
          </button>
          <span className="muted hint"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>e</kbd> edit</span>
        </div>
        {isDuplicate && <p className="notice" role="status">This text was taken in before: this is its existing draft.</p>}
        {accept.isError && <ErrorMessage error={accept.error} />}
      </header>
      <div className="review-panes">
        <section className="pane pane-source" aria-label="Source">
          <SourceText text={source.text} spans={review.spans} litTags={review.litTags}
            onSelectKeys={(keys) => review.setHighlight({ keys })} />
        </section>
        <section className="pane pane-items" aria-label="Proposed records">
          {review.items.length === 0 && <p className="empty">Bilat found nothing to record in this text. Check the language and the reference date, or add records by hand.</p>}
          {ITEM_KINDS.map((kind) => {
            const ofKind = review.items.filter((i) => i.kind === kind);
            if (!ofKind.length) return null;
            return (
              <section key={kind} className="item-group">
                <h2>{ITEM_KIND_LABELS[kind]} <span className="count">{ofKind.length}</span></h2>
                {ofKind.map((item) => {
                  const index = review.items.indexOf(item);
                  return (
                    <ItemCard key={item.key} item={item}
                      ref={(el) => { if (el) cards.current.set(item.key, el); else cards.current.delete(item.key); }}
                      state={review.decisions.states[item.key] ?? 'pending'}
                      link={review.decisions.links[item.key]} edits={review.decisions.edits[item.key]}
                      isCursor={review.cursor === index} isEditing={review.editing === item.key}
                      isLinked={review.litKeys.has(item.key)}
                      litField={highlight && 'key' in highlight && highlight.key === item.key ? highlight.field : undefined}
                      onFocus={() => review.setCursor(index)}
                      onHighlight={(field) => review.setHighlight({ key: item.key, field })}
                      onState={(s) => review.setState(item.key, s)}
                      onToggleEdit={() => review.setEditing(review.editing === item.key ? null : item.key)}
                      onEdit={(field, value) => review.setEdit(item.key, field, value)}
                      onLink={(target) => review.setLink(item.key, target)} />
                  );
                })}
              </section>
            );
          })}
          {extraction.sectors.length > 0 && (
            <section className="item-group">
              <h2>Sectors <span className="count">{extraction.sectors.length}</span></h2>
              <p className="chips">
                {extraction.sectors.map((s) => (
                  <button type="button" key={s} className={`chip${review.litKeys.has(sectorKey(s)) ? ' is-lit' : ''}`}
                    onMouseEnter={() => review.setHighlight({ key: sectorKey(s) })} onFocus={() => review.setHighlight({ key: sectorKey(s) })}>
                    {formatValue(s)}
                  </button>
                ))}
              </p>
            </section>
          )}
        </section>
      </div>
    </div>
  );
}
