import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Loading } from './components/Loading.js';
import { SearchBox } from './components/SearchBox.js';

// Every scene is its own chunk: the first page carries only the shell and the scene it shows.
const Home = lazy(() => import('./scenes/Home.js'));
const Intake = lazy(() => import('./scenes/Intake.js'));
const Review = lazy(() => import('./scenes/Review/index.js'));
const Dossier = lazy(() => import('./scenes/Dossier/index.js'));
const RecordPage = lazy(() => import('./scenes/Record/index.js'));
const Search = lazy(() => import('./scenes/Search.js'));
const Network = lazy(() => import('./scenes/Network.js'));
const NotFound = lazy(() => import('./scenes/NotFound.js'));

/** The shell: skip link, navigation, and the routed scene. */
export function App() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <NavLink to="/" className="brand" end>Bilat</NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>Relationships</NavLink>
          <NavLink to="/intake">Take in a readout</NavLink>
          <NavLink to="/network">Network</NavLink>
        </nav>
        <SearchBox />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route path="/" element={<Home />} />
            <Route path="/intake" element={<Intake />} />
            <Route path="/drafts/:id" element={<Review />} />
            <Route path="/dossier/:a/:b" element={<Dossier />} />
            <Route path="/instruments/:id" element={<RecordPage kind="instrument" />} />
            <Route path="/engagements/:id" element={<RecordPage kind="engagement" />} />
            <Route path="/people/:id" element={<RecordPage kind="person" />} />
            <Route path="/bodies/:id" element={<RecordPage kind="body" />} />
            <Route path="/search" element={<Search />} />
            <Route path="/network" element={<Network />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
