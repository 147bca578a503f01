import { ApiError } from '../api/client.js';

/** Says what failed and what to do; a stale write gets its own plain message. */
export function ErrorMessage({ error }: { error: unknown }) {
  const isConflict = error instanceof ApiError && error.isConflict;
  const message = isConflict
    ? 'This record was changed by someone else — reload to see their change, then edit again.'
    : error instanceof Error ? error.message : 'Something went wrong. Try again.';
  return (
    <div className="error" role="alert">
      <strong>{isConflict ? 'Changed by someone else' : 'Could not load or save'}</strong>
      <p>{message}</p>
      {isConflict && <button type="button" onClick={() => window.location.reload()}>Reload</button>}
    </div>
  );
}
