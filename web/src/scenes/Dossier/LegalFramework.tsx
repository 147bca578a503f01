import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  createColumnHelper, flexRender, getCoreRowModel, getExpandedRowModel, getSortedRowModel, useReactTable,
  type ExpandedState, type SortingState,
} from '@tanstack/react-table';
import type { Instrument } from '../../api/types.js';
import { Ev } from './evidence.js';
import { human } from '../../components/format.js';

const col = createColumnHelper<Instrument>();

/** The legal framework: instruments with per-party status, each row expandable to its lifecycle. */
export function LegalFramework({ instruments }: { instruments: Instrument[] }) {
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(() => [
    col.display({
      id: 'expand',
      header: () => <span className="visually-hidden">Lifecycle</span>,
      cell: ({ row }) => (
        <button type="button" className="icon" onClick={row.getToggleExpandedHandler()} aria-expanded={row.getIsExpanded()}
          aria-label={`${row.getIsExpanded() ? 'Hide' : 'Show'} the lifecycle of ${row.original.title}`}>
          {row.getIsExpanded() ? '▾' : '▸'}
        </button>
      ),
    }),
    col.accessor('title', {
      header: 'Title',
      cell: ({ row }) => <><Link to={`/instruments/${row.original.id}`}>{row.original.title}</Link> <Ev recordId={row.original.id} field="title" label={row.original.title}>¶</Ev></>,
    }),
    col.accessor('kind', { header: 'Kind', cell: (c) => human(c.getValue()) }),
    col.accessor('level', { header: 'Level', cell: (c) => human(c.getValue()) }),
    col.accessor((i) => i.parties.map((p) => p.countryCode).join(', '), { id: 'parties', header: 'Parties' }),
    col.accessor('status', {
      header: 'Status',
      cell: ({ row }) => (
        <span className="status-cell">
          <Ev recordId={row.original.id} field="status"><span className={`status status-${row.original.status}`}>{human(row.original.status)}</span></Ev>
          {row.original.partyStatus.map((p) => (
            <span key={p.countryCode} className="muted party-status">{p.countryCode}: {human(p.status)}</span>
          ))}
        </span>
      ),
    }),
    col.accessor('signedOn', { header: 'Signed on', cell: ({ row }) => <Ev recordId={row.original.id} field="signedOn">{row.original.signedOn ?? '—'}</Ev> }),
  ], []);
  const table = useReactTable({
    data: instruments, columns, state: { expanded, sorting },
    onExpandedChange: setExpanded, onSortingChange: setSorting, getRowCanExpand: () => true,
    getCoreRowModel: getCoreRowModel(), getExpandedRowModel: getExpandedRowModel(), getSortedRowModel: getSortedRowModel(),
  });

  if (instruments.length === 0) return <p className="empty">No instrument on record. Accept agreements from a readout, or add one by hand.</p>;
  return (
    <div className="table-wrap">
      <table className="table legal-framework">
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => (
                <th key={h.id} scope="col" aria-sort={h.column.getIsSorted() === 'asc' ? 'ascending' : h.column.getIsSorted() === 'desc' ? 'descending' : undefined}>
                  {h.column.getCanSort() && h.id !== 'expand' ? (
                    <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                      {flexRender(h.column.columnDef.header, h.getContext())}
                    </button>
                  ) : flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <Fragment key={row.id}>
              <tr>{row.getVisibleCells().map((c) => <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>)}</tr>
              {row.getIsExpanded() && (
                <tr className="lifecycle-row">
                  <td />
                  <td colSpan={row.getVisibleCells().length - 1}>
                    {row.original.actions.length === 0 ? <p className="muted">No dated action recorded.</p> : (
                      <ol className="lifecycle">
                        {row.original.actions.map((a, i) => (
                          <li key={a.id ?? i}>
                            <span className="date">{a.date ?? 'date unknown'}</span> {human(a.type)}
                            {a.countryCode && <> by {a.countryCode}</>}
                            {a.effectiveDate && <>, effective {a.effectiveDate}</>}
                            {a.place && <> at {a.place}</>}
                            {a.note && <span className="muted"> — {a.note}</span>}
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
