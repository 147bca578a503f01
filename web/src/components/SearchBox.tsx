import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

/** The header's search field; submits to /search?q=. */
export function SearchBox() {
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const navigate = useNavigate();
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  }
  return (
    <form role="search" className="search-box" onSubmit={handleSubmit}>
      <label htmlFor="global-search" className="visually-hidden">Search records and sources</label>
      <input id="global-search" type="search" placeholder="Search records and sources" value={q} onChange={(e) => setQ(e.target.value)} />
    </form>
  );
}
