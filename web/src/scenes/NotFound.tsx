import { Link } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState.js';

/** Any unknown address. */
export default function NotFound() {
  return <EmptyState title="No such page"><p><Link to="/">Go to the relationships on record</Link>.</p></EmptyState>;
}
