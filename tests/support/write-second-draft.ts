// `node --import tsx tests/support/write-second-draft.ts <fixture> <out.docx>`: the second draft of an
// anchoring fixture as a file, for the end-to-end tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyseDocx } from '../../lib/analyse';
import { corpusCases } from '../../scripts/corpus';
import { applyEdits, readAnchoringFixture, writeDraftDocx } from './second-draft';

const [name, out] = process.argv.slice(2);
const fixture = readAnchoringFixture(name!);
const source = corpusCases().find((c) => c.name === fixture.source);
if (!source) throw new Error(`corpus file ${fixture.source} not found`);
const first = await analyseDocx(new Uint8Array(readFileSync(source.docx)));
if (!first.ok) throw new Error(first.error.en);
writeFileSync(out!, await writeDraftDocx(applyEdits(first.value.document.blocks, fixture.edits)));
