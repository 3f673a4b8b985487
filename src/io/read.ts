import { readFileSync, statSync } from 'node:fs';
import { L, UserError } from '../errors.js';

/** Largest file the tool reads as one document (answers, instrument, matrix): far above any real one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Reads a user's text file (or stdin for "-"): refuses missing, huge, empty and binary files with a clear message. */
export function readUserText(file: string, readStdin: () => Buffer = () => readFileSync(0)): string {
  let buf: Buffer;
  if (file === '-') {
    if (process.stdin.isTTY) {
      throw new UserError(L(
        "« - » veut dire : lire l'entrée standard, mais rien n'y est envoyé. Passez un fichier, ou envoyez-le : cat reponses.yaml | ex-maturity assess --answers -",
        '"-" means read standard input, but nothing is piped into it. Pass a file, or pipe one: cat answers.yaml | ex-maturity assess --answers -',
      ));
    }
    buf = readStdin();
  } else {
    let size: number;
    try {
      const st = statSync(file);
      if (st.isDirectory()) throw new UserError(L(`${file} est un dossier, pas un fichier.`, `${file} is a folder, not a file.`));
      size = st.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(L(`Fichier introuvable : ${file}. Vérifiez le chemin (ex-maturity template écrit un fichier de réponses vierge).`, `File not found: ${file}. Check the path (ex-maturity template writes a blank answers file).`));
    }
    if (size > MAX_FILE_BYTES) throw tooBig(file, size);
    try {
      buf = readFileSync(file);
    } catch {
      throw new UserError(L(`Impossible de lire ${file} : vérifiez ses droits d'accès.`, `Cannot read ${file}: check its permissions.`));
    }
  }
  const name = file === '-' ? 'stdin' : file;
  if (buf.length > MAX_FILE_BYTES) throw tooBig(name, buf.length);
  let text: string;
  try {
    if (buf.includes(0)) throw new Error('NUL');
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new UserError(L(`${name} n'est pas un fichier texte UTF-8 (contenu binaire ?). Passez un fichier YAML ou JSON.`, `${name} is not a UTF-8 text file (binary content?). Pass a YAML or JSON file.`));
  }
  if (text.trim() === '') throw new UserError(L(`${name} est vide. Passez un fichier YAML ou JSON (ex-maturity template en écrit un).`, `${name} is empty. Pass a YAML or JSON file (ex-maturity template writes one).`));
  return text;
}

function tooBig(file: string, size: number): UserError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new UserError(L(`${file} est trop gros (${mb(size)} Mo, au plus ${mb(MAX_FILE_BYTES)} Mo) : ce n'est sans doute pas un fichier de réponses.`, `${file} is too big (${mb(size)} MB, at most ${mb(MAX_FILE_BYTES)} MB): it is probably not an answers file.`));
}
