// The page's own truth, as the tests read it back: the DOM values of its named fields (a file input by its files'
// names, a contenteditable by its text).
window.__pageState = () => {
  const out = {};
  for (const el of document.querySelectorAll('input[name], textarea[name], select[name]'))
    out[el.name] = el.type === 'file' ? [...el.files].map((f) => f.name).join(', ') : el.value;
  for (const el of document.querySelectorAll('[contenteditable][data-name]')) out[el.dataset.name] = el.textContent;
  return out;
};
