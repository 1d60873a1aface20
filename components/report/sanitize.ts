// mammoth's HTML is the author's document, so it is untrusted: a crafted .docx can carry `javascript:`
// links or markup in its text. DOMPurify keeps a small allow-list; links may only go to the web or mail,
// images only to the report's own pictures (never a remote URL, which would be a request from the panel).
import DOMPurify from 'dompurify';

const IMAGE_SCHEME = 'kkfz-image:';
const SAFE_LINK = /^(?:https?:|mailto:|#)/i;

const CONFIG = {
  ALLOWED_TAGS: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'br',
    'a',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
    'span',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'colspan', 'rowspan'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|kkfz-image:)/i,
};

type ImageUrl = (id: string) => string | null;
let imageUrlOfCall: ImageUrl = () => null;
let purifier: ReturnType<typeof DOMPurify> | null = null;

function makePurifier() {
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href)) node.removeAttribute('href');
      else if (!href.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      const url = src.startsWith(IMAGE_SCHEME) ? imageUrlOfCall(src.slice(IMAGE_SCHEME.length)) : null;
      if (url) node.setAttribute('src', url);
      else node.removeAttribute('src');
      // mammoth copies the picture's alt text from Word (its description, else its title); a picture without
      // one is treated as decoration, so screen readers skip it instead of reading a file name
      const alt = (node.getAttribute('alt') ?? '').trim();
      if (alt) node.setAttribute('alt', alt);
      else {
        node.setAttribute('alt', '');
        node.setAttribute('role', 'presentation');
      }
    }
  });
  return purify;
}

/** Sanitised HTML; `imageUrl` turns a stored image's id into a URL the page may show (a blob: URL). */
export function sanitizeReportHtml(html: string, imageUrl: ImageUrl): string {
  purifier ??= makePurifier();
  imageUrlOfCall = imageUrl;
  try {
    return purifier.sanitize(html, CONFIG);
  } finally {
    imageUrlOfCall = () => null;
  }
}
