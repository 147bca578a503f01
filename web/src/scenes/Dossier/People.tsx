import { Link } from 'react-router-dom';
import type { Dossier } from '../../api/types.js';
import { Ev } from './evidence.js';

/** People of the relationship with the posts they held. */
export function People({ people }: { people: Dossier['people'] }) {
  if (people.length === 0) return <p className="empty">No person on record.</p>;
  return (
    <ul className="people">
      {people.map(({ person, posts }) => (
        <li key={person.id}>
          <Link to={`/people/${person.id}`}>{person.name}</Link> <Ev recordId={person.id} field="name" label={person.name}>¶</Ev>
          {person.countryCode && <span className="muted"> · {person.countryCode}</span>}
          {posts.length > 0 && (
            <ul className="posts">
              {posts.map(({ post, tenure }) => (
                <li key={tenure.id}>
                  {tenure.titleAsWritten ?? post.title}
                  <span className="muted"> {tenure.startDate ?? ''}{tenure.endDate ? `–${tenure.endDate}` : tenure.startDate ? '–' : ''}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
