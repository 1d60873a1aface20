// Edits to the template's XML around existing elements, recorded and applied once per parent. xmldom re-indexes all of
// a parent's children on every insert or remove, so filling hundreds of places in a body of thousands of paragraphs
// one by one is quadratic (4,000 places: 80 s). Here each parent is rebuilt once, in one pass over its children.
export class Edits {
  private readonly before = new Map<Node, Node[]>();
  private readonly after = new Map<Node, Node[]>();
  private readonly removed = new Set<Node>();
  private readonly parents = new Set<Node>();

  /** `nodes` go in before `ref`, after what was put before it already (as insertBefore does, call by call). */
  insertBefore(nodes: readonly Node[], ref: Node): void {
    this.at(ref);
    this.before.set(ref, [...(this.before.get(ref) ?? []), ...nodes]);
  }

  /** `nodes` go in right after `ref`, before what was put after it already. */
  insertAfter(nodes: readonly Node[], ref: Node): void {
    this.at(ref);
    this.after.set(ref, [...nodes, ...(this.after.get(ref) ?? [])]);
  }

  remove(node: Node): void {
    this.at(node);
    this.removed.add(node);
  }

  private at(ref: Node): void {
    if (!ref.parentNode) throw new Error('an edit around a node outside the document');
    this.parents.add(ref.parentNode);
  }

  /** Every parent rebuilt with its edits, the deepest first: an outer one then copies the inner one as it ends up. */
  apply(): void {
    const depth = (n: Node) => {
      let d = 0;
      for (let p = n.parentNode; p; p = p.parentNode) d++;
      return d;
    };
    const order = [...this.parents].map((p) => ({ p, d: depth(p) })).sort((a, b) => b.d - a.d);
    for (const { p } of order) this.rebuild(p);
  }

  private rebuild(parent: Node): void {
    // copies, not moves: moving a child out of the old parent would re-index the old parent each time
    const fresh = parent.cloneNode(false);
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      for (const n of this.before.get(c) ?? []) fresh.appendChild(n);
      if (!this.removed.has(c)) fresh.appendChild(c.cloneNode(true));
      for (const n of this.after.get(c) ?? []) fresh.appendChild(n);
    }
    parent.parentNode!.replaceChild(fresh, parent);
  }
}
