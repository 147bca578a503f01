import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { PairSummary } from '../api/types.js';

/**
 * Draws pairs as a weighted graph. Clicking an edge, or two nodes one after the other, opens that pair.
 * @param pairs the relationships on record
 * @param nameOf the name of a country code, for node labels
 * @param onPair called with the two country codes chosen
 * @returns a ref for the graph's container
 */
export function useCytoscape(pairs: PairSummary[], nameOf: (code: string) => string, onPair: (a: string, b: string) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const onPairRef = useRef(onPair);
  onPairRef.current = onPair;

  useEffect(() => {
    if (!ref.current) return;
    const nodes = new Map<string, string>();
    for (const p of pairs) { nodes.set(p.a, nameOf(p.a)); nodes.set(p.b, nameOf(p.b)); }
    const maxWeight = Math.max(1, ...pairs.map((p) => p.engagements + p.instruments));
    const cy = cytoscape({
      container: ref.current,
      elements: [
        ...[...nodes].map(([id, name]) => ({ data: { id, label: name } })),
        ...pairs.map((p) => ({ data: { id: `${p.a}-${p.b}`, source: p.a, target: p.b, weight: p.engagements + p.instruments } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': '#3b6e8f', color: '#1d2733', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'node:selected', style: { 'background-color': '#b5562b' } },
        { selector: 'edge', style: { width: `mapData(weight, 0, ${maxWeight}, 1, 12)`, 'line-color': '#9fb3c4', 'curve-style': 'bezier' } },
      ],
      layout: { name: pairs.length > 1 ? 'cose' : 'circle', animate: false },
    });
    let first: string | null = null;
    cy.on('tap', 'edge', (e) => onPairRef.current(e.target.data('source'), e.target.data('target')));
    cy.on('tap', 'node', (e) => {
      const id = e.target.id() as string;
      if (first && first !== id) { onPairRef.current(first, id); first = null; } else first = id;
    });
    return () => cy.destroy();
  }, [pairs, nameOf]);

  return ref;
}
