// Writes test/fixtures/exports/: the example form export (examples/team-form.csv, 14 respondents) as each tool whose
// exports the README lists as tested would save it (issue 23). Run: node scripts/make-export-fixtures.mjs [FOLDER]
// (test/fixtures/exports/ by default; a test writes them elsewhere and compares). The files are
// deterministic; never edit them by hand. The workbooks are built with fflate, the zip library the reader uses.
// - google-forms.csv: Google Forms (UTF-8, commas, "Timestamp" and "Email Address" columns);
// - microsoft-forms.xlsx: Microsoft Forms (ID, Start time, Completion time, Email, Name, then one column per question,
//   the answers as labels; times as dates, texts as shared strings, as Excel writes them);
// - excel-fr.csv: French Excel's "CSV (séparateur : point-virgule)": Windows-1252, ";", CRLF, French headers and labels;
// - excel-en.csv: English Excel's "CSV UTF-8 (Comma delimited)": UTF-8 with a BOM, commas;
// - excel-unicode.txt: Excel's "Unicode Text": UTF-16 LE with a BOM, tabs;
// - libreoffice-fr.ods: LibreOffice Calc in French: values typed as numbers, "Je ne sais pas" as text, French headers;
// - libreoffice-fr.csv: LibreOffice Calc in French saving as CSV: UTF-8, ";", every text quoted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { parseDocument } from 'yaml';

// The zip entries' times are written in local time: UTC here, so that the bytes are the same on every machine.
process.env.TZ = 'UTC';
const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ? `${process.argv[2].replace(/\/$/, '')}/` : `${root}test/fixtures/exports/`;
const instrument = parseDocument(readFileSync(`${root}questions/ex-25.yaml`, 'utf8')).toJS();
const questions = instrument.dimensions.flatMap((d) => d.questions);
const text = (t, lang) => (typeof t === 'string' ? t : t[lang]);
const labels = (lang) => instrument.scale.map((s) => text(s.label, lang));
const dontKnow = (lang) => text(instrument.dontKnow.label, lang);

// The example export: Timestamp, Email, Group, then the statements in English; cells are English labels.
const [header, ...records] = parse(readFileSync(`${root}examples/team-form.csv`, 'utf8'));
const en = labels('en');
/** Each respondent: when, e-mail, group, and the answers as values (null: don't know). */
const people = records.map((r) => ({
  at: r[0],
  email: r[1],
  group: r[2],
  values: questions.map((q, i) => {
    const cell = r[3 + i];
    if (header[3 + i] !== text(q.text, 'en')) throw new Error(`unexpected column ${header[3 + i]}`);
    return cell === dontKnow('en') ? null : en.indexOf(cell) + 1;
  }),
}));
const labelOf = (v, lang) => (v === null ? dontKnow(lang) : labels(lang)[v - 1]);
const statements = (lang) => questions.map((q) => text(q.text, lang));

/** A CSV text: fields quoted when they must be (or always), joined by the separator, CRLF line ends. */
function csv(rows, sep, quoteAll = false) {
  const cell = (x) => (quoteAll && typeof x === 'string' && x !== '') || /["\r\n]/.test(String(x)) || String(x).includes(sep) ? `"${String(x).replace(/"/g, '""')}"` : String(x);
  return rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

mkdirSync(out, { recursive: true });
const write = (name, data) => writeFileSync(out + name, data);

// Google Forms: "Timestamp" as 2026/03/02 9:00:00 AM GMT+1 style text, "Email Address".
const google = [['Timestamp', 'Email Address', 'Group', ...statements('en')], ...people.map((p) => [p.at.replace(/-/g, '/'), p.email, p.group, ...p.values.map((v) => labelOf(v, 'en'))])];
write('google-forms.csv', csv(google, ','));

// French Excel: Windows-1252, semicolons, French headers and labels.
const groupFr = { managers: 'managers', frontline: 'frontline', support: 'support', leadership: 'leadership' };
const excelFr = [['Horodatage', 'Adresse e-mail', 'Groupe', ...statements('fr')], ...people.map((p) => [p.at.replace(/^(\d+)-(\d+)-(\d+)/, '$3/$2/$1'), p.email, groupFr[p.group], ...p.values.map((v) => labelOf(v, 'fr'))])];
write('excel-fr.csv', iconv.encode(csv(excelFr, ';'), 'win1252'));

// English Excel, CSV UTF-8: a BOM, commas.
write('excel-en.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(google, ','))]));

// Excel's Unicode Text: UTF-16 LE with a BOM, tabs.
write('excel-unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(google, '\t'), 'utf16le')]));

// LibreOffice French CSV: UTF-8, semicolons, texts quoted.
const lo = [['Horodatage', 'Groupe', ...statements('fr')], ...people.map((p) => [p.at, p.group, ...p.values.map((v) => (v === null ? dontKnow('fr') : v))])];
write('libreoffice-fr.csv', csv(lo, ';', true));

// ---- workbooks ----

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xml = (s) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
/** The column letters of a 0-based column. */
const letters = (c) => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
/** An Excel date serial (days since 1899-12-30) of an ISO-like date and time. */
const serial = (at) => (Date.parse(`${at.replace(' ', 'T')}Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
const DATE = { mtime: new Date(Date.UTC(2026, 2, 2, 12, 0)) };

// Microsoft Forms: ID, Start time, Completion time, Email, Name, then the questions ("Group" first among them).
const formsHeader = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Group', ...statements('en')];
const strings = [];
const index = new Map();
const shared = (s) => {
  if (!index.has(s)) index.set(s, strings.push(s) - 1);
  return index.get(s);
};
const formsRows = [
  formsHeader.map((h) => ({ s: h })),
  ...people.map((p, i) => [{ n: i + 1 }, { n: serial(p.at) - 8 / 1440, date: true }, { n: serial(p.at), date: true }, { s: p.email }, { s: `Person ${i + 1}` }, { s: p.group }, ...p.values.map((v) => ({ s: labelOf(v, 'en') }))]),
];
const sheetXml = formsRows
  .map((row, r) => `<row r="${r + 1}">${row.map((c, k) => (c.s !== undefined ? `<c r="${letters(k)}${r + 1}" t="s"><v>${shared(c.s)}</v></c>` : `<c r="${letters(k)}${r + 1}"${c.date ? ' s="1"' : ''}><v>${c.n}</v></c>`)).join('')}</row>`)
  .join('');
const xlsx = zipSync(
  {
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': xml('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Form1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/styles.xml': xml(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
    'xl/worksheets/sheet1.xml': xml(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': xml(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`),
  },
  DATE,
);
write('microsoft-forms.xlsx', xlsx);

// LibreOffice French .ods: numbers as floats, "Je ne sais pas" as text, empty cells at the end repeated as LibreOffice writes them.
const odsCell = (v) =>
  typeof v === 'number' ? `<table:table-cell office:value-type="float" office:value="${v}" calcext:value-type="float"><text:p>${v}</text:p></table:table-cell>` : `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
const odsRows = lo.map((r) => `<table:table-row>${r.map(odsCell).join('')}<table:table-cell table:number-columns-repeated="${1024 - r.length}"/></table:table-row>`).join('');
const content = `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Réponses"><table:table-column table:number-columns-repeated="1024"/>${odsRows}<table:table-row table:number-rows-repeated="1048561"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table><table:table table:name="Notes"><table:table-row><table:table-cell office:value-type="string"><text:p>Atelier du 2 mars</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
const ods = zipSync(
  {
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': xml(
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
    'content.xml': xml(content),
  },
  DATE,
);
write('libreoffice-fr.ods', ods);
console.log(`${out} written`);
