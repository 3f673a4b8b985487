import { Checker } from './check.js';
import { MOMENTS, type Dimension, type Instrument, type Issue, type Level, type Moment, type Question, type ScalePoint } from './types.js';

const KEYS = ['id', 'version', 'title', 'description', 'languages', 'foundation', 'scale', 'dontKnow', 'levels', 'dimensions'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Reads and validates an instrument's data; returns it only when there is no issue. */
export function parseInstrument(raw: unknown): { instrument?: Instrument; issues: Issue[] } {
  const c = new Checker();
  const m = c.map(raw, [], 'instrument');
  if (!m) return { issues: c.issues };
  c.onlyKeys(m, KEYS, [], "l'instrument", 'the instrument');

  const id = c.string(m.id, ['id'], 'id');
  if (id !== undefined && !ID.test(id)) c.add(['id'], `L'id « ${id} » ne doit contenir que des lettres, chiffres, « - », « _ » ou « . ».`, `The id "${id}" may hold only letters, digits, "-", "_" or ".".`);
  let version: string | undefined;
  if (typeof m.version === 'string' && m.version.trim()) version = m.version;
  else c.add(['version'], '« version » est requis et doit être un texte entre guillemets, par exemple version: "1.0.0".', '"version" is required and must be a quoted text, for example version: "1.0.0".');

  const languages: string[] = [];
  if (m.languages !== undefined) {
    if (Array.isArray(m.languages) && m.languages.every((l) => typeof l === 'string' && l)) languages.push(...(m.languages as string[]));
    else c.add(['languages'], '« languages » doit être une liste de codes de langue, par exemple [fr, en].', '"languages" must be a list of language codes, for example [fr, en].');
  }
  const text = (v: unknown, path: (string | number)[], name: string) => c.text(v, path, name, languages);
  const optText = (v: unknown, path: (string | number)[], name: string) => (v === undefined ? undefined : text(v, path, name));

  const title = optText(m.title, ['title'], 'title');
  const description = optText(m.description, ['description'], 'description');
  const scale = readScale(c, m.scale, text);
  let dontKnow: Instrument['dontKnow'];
  if (m.dontKnow !== undefined && m.dontKnow !== null) {
    const dk = c.map(m.dontKnow, ['dontKnow'], 'dontKnow');
    const label = dk && text(dk.label, ['dontKnow', 'label'], 'dontKnow.label');
    if (label) dontKnow = { label };
  }
  const levels = readLevels(c, m.levels, text, optText);
  const dimensions = readDimensions(c, m.dimensions, text, optText);

  let foundation: string | undefined;
  if (m.foundation !== undefined) {
    foundation = c.string(m.foundation, ['foundation'], 'foundation');
    if (foundation && dimensions && !dimensions.some((d) => d.id === foundation)) {
      c.add(['foundation'], `« foundation » nomme la dimension « ${foundation} », qui n'existe pas dans « dimensions ».`, `"foundation" names the dimension "${foundation}", which is not in "dimensions".`);
    }
  }

  if (c.issues.length || !id || !version || !scale || !levels || !dimensions) return { issues: c.issues };
  const instrument: Instrument = { id, version, languages, scale, levels, dimensions };
  if (title) instrument.title = title;
  if (description) instrument.description = description;
  if (foundation) instrument.foundation = foundation;
  if (dontKnow) instrument.dontKnow = dontKnow;
  return { instrument, issues: [] };
}

type TextReader = (v: unknown, path: (string | number)[], name: string) => ReturnType<Checker['text']>;

function readScale(c: Checker, raw: unknown, text: TextReader): ScalePoint[] | undefined {
  const list = c.list(raw, ['scale'], 'scale');
  if (!list) return undefined;
  const points: ScalePoint[] = [];
  list.forEach((p, i) => {
    const pm = c.map(p, ['scale', i], `scale[${i + 1}]`);
    if (!pm) return;
    c.onlyKeys(pm, ['value', 'label'], ['scale', i], "un point de l'échelle", 'a scale point');
    const value = c.number(pm.value, ['scale', i, 'value'], 'value', true);
    const label = text(pm.label, ['scale', i, 'label'], 'label');
    if (value !== undefined && label) points.push({ value, label });
  });
  if (list.length < 2 || list.length > 11) {
    c.add(['scale'], `L'échelle doit avoir de 2 à 11 points (elle en a ${list.length}).`, `The scale must have 2 to 11 points (it has ${list.length}).`);
  }
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.value <= points[i - 1]!.value) {
      c.add(['scale', i, 'value'], `Les valeurs de l'échelle doivent être distinctes et croissantes : ${points[i]!.value} suit ${points[i - 1]!.value}.`, `Scale values must be distinct and ascending: ${points[i]!.value} comes after ${points[i - 1]!.value}.`);
    }
  }
  return points.length === list.length ? points : undefined;
}

function readLevels(c: Checker, raw: unknown, text: TextReader, optText: TextReader): Level[] | undefined {
  const list = c.list(raw, ['levels'], 'levels');
  if (!list) return undefined;
  if (list.length < 2) c.add(['levels'], 'Il faut au moins 2 niveaux.', 'There must be at least 2 levels.');
  const levels: Level[] = [];
  list.forEach((l, i) => {
    const lm = c.map(l, ['levels', i], `levels[${i + 1}]`);
    if (!lm) return;
    c.onlyKeys(lm, ['level', 'min', 'label', 'description'], ['levels', i], 'un niveau', 'a level');
    const level = c.number(lm.level, ['levels', i, 'level'], 'level', true);
    if (level !== undefined && level !== i + 1) {
      c.add(['levels', i, 'level'], `Les niveaux doivent être numérotés 1, 2, 3… dans l'ordre : le ${i + 1}e porte le numéro ${level}.`, `Levels must be numbered 1, 2, 3… in order: level number ${i + 1} says ${level}.`);
    }
    const min = c.number(lm.min, ['levels', i, 'min'], 'min');
    if (min !== undefined) {
      const prev = levels[levels.length - 1]?.min;
      if (i === 0 && min !== 0) c.add(['levels', i, 'min'], `Le seuil « min » du premier niveau doit être 0 (il vaut ${min}).`, `The first level's "min" must be 0 (it is ${min}).`);
      if (min > 100) c.add(['levels', i, 'min'], `Le seuil ${min} dépasse 100 : les scores vont de 0 à 100.`, `The threshold ${min} is above 100: scores run from 0 to 100.`);
      if (prev !== undefined && min <= prev) c.add(['levels', i, 'min'], `Les seuils doivent être strictement croissants : ${min} suit ${prev}.`, `Thresholds must be strictly ascending: ${min} comes after ${prev}.`);
    }
    const label = text(lm.label, ['levels', i, 'label'], 'label');
    const description = optText(lm.description, ['levels', i, 'description'], 'description');
    if (level !== undefined && min !== undefined && label) levels.push({ level, min, label, ...(description ? { description } : {}) });
  });
  return levels.length === list.length ? levels : undefined;
}

function readDimensions(c: Checker, raw: unknown, text: TextReader, optText: TextReader): Dimension[] | undefined {
  const list = c.list(raw, ['dimensions'], 'dimensions');
  if (!list) return undefined;
  const seen = new Map<string, string>();
  const unique = (id: string, path: (string | number)[]) => {
    const before = seen.get(id);
    if (before) c.add(path, `L'id « ${id} » est déjà utilisé (${before}) : chaque id doit être unique dans le fichier.`, `The id "${id}" is already used (${before}): every id must be unique in the file.`);
    else seen.set(id, path.join('.'));
  };
  const dimensions: Dimension[] = [];
  list.forEach((d, i) => {
    const dm = c.map(d, ['dimensions', i], `dimensions[${i + 1}]`);
    if (!dm) return;
    c.onlyKeys(dm, ['id', 'label', 'description', 'questions'], ['dimensions', i], 'une dimension', 'a dimension');
    const id = c.string(dm.id, ['dimensions', i, 'id'], 'id');
    if (id) unique(id, ['dimensions', i, 'id']);
    const label = text(dm.label, ['dimensions', i, 'label'], 'label');
    const description = optText(dm.description, ['dimensions', i, 'description'], 'description');
    const qs = c.list(dm.questions, ['dimensions', i, 'questions'], `${id ?? `dimensions[${i + 1}]`}.questions`);
    const questions: Question[] = [];
    qs?.forEach((q, j) => {
      const path = ['dimensions', i, 'questions', j];
      const qm = c.map(q, path, `question ${j + 1}`);
      if (!qm) return;
      c.onlyKeys(qm, ['id', 'text', 'moment'], path, 'une question', 'a question');
      const qid = c.string(qm.id, [...path, 'id'], 'id');
      if (qid) unique(qid, [...path, 'id']);
      const qtext = text(qm.text, [...path, 'text'], 'text');
      let moment: Moment | undefined;
      if (qm.moment !== undefined) {
        if (MOMENTS.includes(qm.moment as Moment)) moment = qm.moment as Moment;
        else c.add([...path, 'moment'], `« moment » doit valoir ${MOMENTS.join(', ')}.`, `"moment" must be one of ${MOMENTS.join(', ')}.`);
      }
      if (qid && qtext) questions.push({ id: qid, text: qtext, ...(moment ? { moment } : {}) });
    });
    if (id && label && qs) dimensions.push({ id, label, ...(description ? { description } : {}), questions });
  });
  return dimensions.length === list.length ? dimensions : undefined;
}
