// Which files a batch checks: every .docx named or found in a named folder (recursively, in name order), each
// once, in the order of the command line. Word's lock files (~$…), other files and folders that cannot be listed
// are skipped and reported; a path that does not exist stays in, so the batch reports it as not found. Hidden
// files and folders (.git, …) are not looked into, as `ls` does not show them.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

export type SkipReason = 'lock-file' | 'not-docx' | 'unreadable-folder';

export interface Collected {
  files: string[];
  skipped: { file: string; reason: SkipReason }[];
}

export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Why a file is not checked, or null when it is a .docx to check. */
function skipReason(name: string): SkipReason | null {
  if (name.startsWith('~$')) return 'lock-file';
  return extname(name).toLowerCase() === '.docx' ? null : 'not-docx';
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function collectFiles(paths: string[]): Promise<Collected> {
  const out: Collected = { files: [], skipped: [] };
  const seen = new Set<string>();
  const keep = (file: string) => {
    if (seen.has(resolve(file))) return;
    seen.add(resolve(file));
    out.files.push(file);
  };
  const add = (file: string) => {
    const reason = skipReason(basename(file));
    if (reason) out.skipped.push({ file, reason });
    else keep(file);
  };
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      out.skipped.push({ file: dir, reason: 'unreadable-folder' });
      return;
    }
    for (const e of entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => byName(a.name, b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      // a linked file counts; a linked folder is not followed (it may lead back up)
      else if (
        e.isFile() ||
        (e.isSymbolicLink() &&
          (await stat(path).then(
            (s) => s.isFile(),
            () => false,
          )))
      )
        add(path);
    }
  };
  for (const path of paths) {
    const found = await stat(path).catch(() => null);
    if (found?.isDirectory()) await walk(path);
    else if (found) add(path);
    else keep(path);
  }
  return out;
}
