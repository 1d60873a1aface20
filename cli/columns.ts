// Fixed-width columns for the readable outputs: text cut with … or padded, numbers right-aligned.
export const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n - 1) + '…' : s + ' '.repeat(n - s.length));
export const num = (n: number, w: number) => String(n).padStart(w);
