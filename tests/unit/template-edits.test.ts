// Edits recorded around existing nodes and applied once per parent: the same document as the DOM calls one by one
// would make (insertBefore's order, insertAfter's order, removals, a parent inside another edited parent), also with
// thousands of edits in one parent. Their speed is the bench's (`npm run bench`, the template series).
import { describe, expect, it } from 'vitest';
import { Edits } from '../../lib/template/edits';
import { parseXml, serializeXml } from '../../lib/template/xml';

const doc = () => parseXml('<r><a/><b><c/><d/></b><e/></r>');
const el = (d: Document, name: string) => d.getElementsByTagName(name)[0]!;
const body = (d: Document) => serializeXml(d).replace(/^<\?xml[^>]*\?>/, '');

describe('Edits', () => {
  it('applies inserts and removals as the DOM calls in the same order would', () => {
    const d = doc();
    const e = new Edits();
    e.insertBefore([d.createElement('x1')], el(d, 'e'));
    e.insertBefore([d.createElement('x2'), d.createElement('x3')], el(d, 'e'));
    e.insertAfter([d.createElement('y1')], el(d, 'a'));
    e.insertAfter([d.createElement('y2')], el(d, 'a')); // right after a, before y1
    e.remove(el(d, 'a'));
    e.insertBefore([d.createElement('z')], el(d, 'd'));
    e.remove(el(d, 'c'));
    e.apply();
    expect(body(d)).toBe('<r><y2/><y1/><b><z/><d/></b><x1/><x2/><x3/><e/></r>');
  });

  it('leaves a document without edits as it was, and refuses an edit around a node outside it', () => {
    const d = doc();
    new Edits().apply();
    expect(body(d)).toBe('<r><a/><b><c/><d/></b><e/></r>');
    expect(() => new Edits().remove(d.createElement('loose'))).toThrow(/outside the document/);
  });

  it('thousands of edits in one long parent come out in order', () => {
    const n = 20_000;
    const d = parseXml(`<r>${'<p/>'.repeat(n)}</r>`);
    const ps = Array.from(d.getElementsByTagName('p'));
    const e = new Edits();
    ps.forEach((p, k) => (k % 2 ? e.remove(p) : e.insertBefore([d.createElement('q')], p)));
    e.apply();
    const r = d.documentElement;
    expect(r.getElementsByTagName('q')).toHaveLength(n / 2);
    expect(r.getElementsByTagName('p')).toHaveLength(n / 2);
    expect(Array.from(r.childNodes, (c) => c.nodeName).join('')).toBe('qp'.repeat(n / 2));
  });
});
