// Test page: a Word-like web template with real Quill 2 rich-text editors (bundled by build.mjs into
// dist/editor.bundle.js + dist/editor.bundle.css). Each `.sjabloon-editor` element is a Quill container and carries
// data-name / data-expect; the truth of an editor is `quill.getText()` with Quill's own trailing newline trimmed.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';

const TOOLBAR = [['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }], ['clean']];

/** data-name → Quill instance */
const quills = {};

for (const container of document.querySelectorAll('.sjabloon-editor')) {
  const name = container.dataset.name;
  const quill = new Quill(container, {
    theme: 'snow',
    modules: { toolbar: TOOLBAR },
    placeholder: 'Typ hier uw tekst…',
  });
  // The editable element is quill.root (div.ql-editor, contenteditable) inside the container. Give it the
  // container's accessible name and textbox semantics, as an accessible template would.
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  const labelledby = container.getAttribute('aria-labelledby');
  if (labelledby) quill.root.setAttribute('aria-labelledby', labelledby);
  // The snow theme adds a hidden link tooltip with its own <input type="text"> INSIDE the container, whatever the
  // toolbar holds. It is not a report field: mark it so the page's conventions (data-expect, unique name) hold.
  for (const [i, input] of container.querySelectorAll('.ql-tooltip input').entries()) {
    input.name = `${name}__ql_tooltip_${i}`;
    input.dataset.expect = 'none';
  }
  quills[name] = quill;
}

window.__quills = quills;
window.__pageState = () => {
  const out = {};
  for (const el of document.querySelectorAll('input[name], textarea[name], select[name]')) out[el.name] = el.value;
  for (const [name, quill] of Object.entries(quills)) out[name] = quill.getText().replace(/\n$/, '');
  return out;
};
