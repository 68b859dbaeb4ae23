/**
 * Grouping resources into gateway sets: two resources are in one set when they share a token — a
 * gateway address or id, a connection address or id, or the construct path from their names.
 * Ids and references are the topology itself (the connections of one virtual private gateway);
 * the names are the fallback when neither is known (a gateway created in the same plan).
 */
export class TokenGroups<T> {
  private readonly parent = new Map<string, string>();
  private readonly items: { item: T; tokens: string[] }[] = [];

  add(item: T, tokens: (string | undefined | null)[]): void {
    const known = tokens.filter((t): t is string => typeof t === 'string' && t.length > 0);
    // An item with no token at all still gets a group of its own.
    if (known.length === 0) known.push(`item:${this.items.length}`);
    for (const t of known) if (!this.parent.has(t)) this.parent.set(t, t);
    for (const t of known.slice(1)) this.union(known[0], t);
    this.items.push({ item, tokens: known });
  }

  /** The groups, in the order their first item was added. */
  groups(): T[][] {
    const byRoot = new Map<string, T[]>();
    for (const { item, tokens } of this.items) {
      const root = this.find(tokens[0]);
      const list = byRoot.get(root) ?? [];
      list.push(item);
      byRoot.set(root, list);
    }
    return [...byRoot.values()];
  }

  private find(t: string): string {
    let root = t;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(t, root);
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
