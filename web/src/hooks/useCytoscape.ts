import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { PairSummary } from '../api/types.js';

/**
 * Draws pairs as a weighted graph. Clicking an edge, or two nodes one after the other, opens that pair.
 * @param pairs the relationships on record
 * @param onPair called with the two country codes chosen
 * @returns a ref for the graph's container
 */
export function useCytoscape(pairs: PairSummary[], onPair: (a: string, b: string) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const onPairRef = useRef(onPair);
  onPairRef.current = onPair;

  useEffect(() => {
    if (!ref.current) return;
    const nodes = new Map<string, string>();
    for (const p of pairs) { nodes.set(p.a.code, p.a.name); nodes.set(p.b.code, p.b.name); }
    const maxWeight = Math.max(1, ...pairs.map((p) => p.counts.engagements + p.counts.instruments));
    const cy = cytoscape({
      container: ref.current,
      elements: [
        ...[...nodes].map(([id, name]) => ({ data: { id, label: name } })),
        ...pairs.map((p) => ({ data: { id: `${p.a.code}-${p.b.code}`, source: p.a.code, target: p.b.code, weight: p.counts.engagements + p.counts.instruments } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': '#3b6e8f', color: '#1d2733', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'node:selected', style: { 'background-color': '#b5562b' } },
        { selector: 'edge', style: { width: `mapData(weight, 0, ${maxWeight}, 1, 12)`, 'line-color': '#9fb3c4', 'curve-style': 'bezier' } },
      ],
      layout: { name: pairs.length > 1 ? 'cose' : 'circle', animate: false },
      wheelSensitivity: 0.3,
    });
    let first: string | null = null;
    cy.on('tap', 'edge', (e) => onPairRef.current(e.target.data('source'), e.target.data('target')));
    cy.on('tap', 'node', (e) => {
      const id = e.target.id() as string;
      if (first && first !== id) { onPairRef.current(first, id); first = null; } else first = id;
    });
    return () => cy.destroy();
  }, [pairs]);

  return ref;
}
