/** The one outline builder: /plan's table of contents, the staff outline and MCP's plan://outline read it. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../retrieval/engine.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { planOutline, type OutlineNode } from './plan-outline.ts';

const clauses = createEngine(PLAN_DATA).corpus.clauses;

function leaves(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => (n.children.length ? leaves(n.children) : [n]));
}

describe('planOutline', () => {
  it('has one leaf per clause, in document order, each under its own heading chain', () => {
    const found = leaves(planOutline(clauses));
    expect(found.map((n) => n.clauseId)).toEqual(clauses.map((c) => c.id));
    const roots = planOutline(clauses);
    expect(roots.map((r) => r.title)).toEqual([...new Set(clauses.map((c) => c.path[0]))]);
  });

  it('links each heading to the first clause under it and keeps the inferred flag of that heading', () => {
    for (const root of planOutline(clauses)) {
      const first = clauses.find((c) => c.path[0] === root.title)!;
      expect(root.firstId).toBe(first.id);
      expect(root.inferred).toBe(first.pathInferred[0]);
    }
  });

  it('starts a new node when a heading title repeats after a different one (document order, not grouping by title)', () => {
    const tree = planOutline([
      { id: '1', path: ['A', 'x'] },
      { id: '2', path: ['B', 'y'] },
      { id: '3', path: ['A', 'z'] },
    ]);
    expect(tree.map((n) => n.title)).toEqual(['A', 'B', 'A']);
    expect(tree[2]!.firstId).toBe('3');
  });
});
