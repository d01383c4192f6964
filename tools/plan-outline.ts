/**
 * The plan's heading tree (chapter → section → item) built from clauses in document order. One builder for
 * every outline a person or a model reads: the /plan table of contents, the staff page's outline, MCP's
 * plan://outline. Pure and dependency-free so the browser bundle can import it too.
 */

/** What the outline reads from a clause. */
export interface OutlineClause {
  id: string;
  path: readonly string[];
  /** Per heading: true when the scrape lost it and the title is ours (see the README's migration notes). */
  pathInferred?: readonly boolean[];
}

/** One heading of the outline. */
export interface OutlineNode {
  title: string;
  inferred: boolean;
  /** The first clause under this heading: where a link to the heading goes. */
  firstId: string;
  /** Set when this heading is a clause's own heading (the tree's leaves). */
  clauseId?: string;
  children: OutlineNode[];
}

/** Groups clauses into their heading tree; a heading repeated by consecutive clauses is one node. */
export function planOutline(clauses: readonly OutlineClause[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  for (const clause of clauses) {
    let level = roots;
    clause.path.forEach((title, depth) => {
      let node = level[level.length - 1];
      if (!node || node.title !== title) {
        node = { title, inferred: clause.pathInferred?.[depth] ?? false, firstId: clause.id, children: [] };
        level.push(node);
      }
      if (depth === clause.path.length - 1) node.clauseId = clause.id;
      level = node.children;
    });
  }
  return roots;
}
