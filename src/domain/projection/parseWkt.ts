// A small reader for WKT (OGC WKT1, ESRI .prj flavour, and WKT2): turns the bracketed text into a
// tree of { keyword, values, children } so .prj recognition can look parameters up by name.

export interface WktNode {
  keyword: string;
  /** Quoted strings and numbers, in order (e.g. a PARAMETER's name and value). */
  values: (string | number)[];
  children: WktNode[];
}

/** Parses WKT text; returns null when the text is not WKT at all. */
export function parseWkt(text: string): WktNode | null {
  let pos = 0;
  const src = text.trim();

  const skipSpace = () => {
    while (pos < src.length && /[\s,]/.test(src[pos])) pos++;
  };

  function parseNode(): WktNode | null {
    skipSpace();
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(pos));
    if (!match) return null;
    const keyword = match[0].toUpperCase();
    pos += match[0].length;
    skipSpace();
    const node: WktNode = { keyword, values: [], children: [] };
    const open = src[pos];
    if (open !== '[' && open !== '(') return node; // bare enum value like EAST / NORTH
    const close = open === '[' ? ']' : ')';
    pos++;
    for (;;) {
      skipSpace();
      if (pos >= src.length) return null; // unbalanced
      const ch = src[pos];
      if (ch === close) {
        pos++;
        return node;
      }
      if (ch === '"') {
        let end = pos + 1;
        let value = '';
        // WKT escapes a quote by doubling it.
        for (;;) {
          if (end >= src.length) return null;
          if (src[end] === '"') {
            if (src[end + 1] === '"') {
              value += '"';
              end += 2;
              continue;
            }
            break;
          }
          value += src[end++];
        }
        node.values.push(value);
        pos = end + 1;
      } else if (/[-+0-9.]/.test(ch)) {
        const num = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(src.slice(pos));
        if (!num) return null;
        node.values.push(Number(num[0]));
        pos += num[0].length;
      } else {
        const child = parseNode();
        if (!child) return null;
        if (child.values.length === 0 && child.children.length === 0) node.values.push(child.keyword);
        else node.children.push(child);
      }
    }
  }

  const root = parseNode();
  if (!root || root.children.length === 0) return null;
  return root;
}

/** The first descendant (depth-first) whose keyword is one of `keywords`. */
export function findWktNode(node: WktNode, ...keywords: string[]): WktNode | undefined {
  for (const child of node.children) {
    if (keywords.includes(child.keyword)) return child;
    const deeper = findWktNode(child, ...keywords);
    if (deeper) return deeper;
  }
  return undefined;
}

/** All descendants with a keyword. */
export function findAllWktNodes(node: WktNode, keyword: string): WktNode[] {
  const out: WktNode[] = [];
  for (const child of node.children) {
    if (child.keyword === keyword) out.push(child);
    out.push(...findAllWktNodes(child, keyword));
  }
  return out;
}
