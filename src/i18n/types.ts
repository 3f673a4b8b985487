// Types only: message codes and catalogs, defined by the reference catalog (English).
import type { en } from './en/catalog.js';
import type { Fmt } from './fmt.js';

type Reference = typeof en;
/** A message code. */
export type Code = keyof Reference;
/** The parameters a code takes (undefined for a fixed text). */
export type ParamsOf<K extends Code> = Reference[K] extends (p: infer P, ...rest: never[]) => string ? P : undefined;
/** The shape every catalog has: the keys of the reference, each a text or a function of the same parameters. */
export type Catalog = { [K in Code]: Reference[K] extends string ? string : (p: ParamsOf<K>, f: Fmt) => string };
/** A message as the core and the readers return it: a stable code and its parameters, no prose. */
export type Message = { [K in Code]: ParamsOf<K> extends undefined ? { code: K; params?: undefined } : { code: K; params: ParamsOf<K> } }[Code];
