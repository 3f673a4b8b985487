// The one session store (drafts, workshop sessions): what it refuses to resume, and how it keeps files private.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder, sessionPath, sessionStore } from '../src/app/sessions.js';
import { readDraftAnswers } from '../src/commands/interview/flow.js';
import { readWorkshopSession } from '../src/commands/workshop/flow.js';
import { newSession } from '../src/team/workshop.js';
import { tempDir } from './helpers/cli.js';
import { ex25 } from './helpers/model.js';

function saved(env: NodeJS.ProcessEnv, kind: 'draft' | 'workshop', content: unknown) {
  const file = sessionPath(kind, 'ex-25', env);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content));
}

describe('session store', () => {
  it('resumes a draft whose answers are all known ids on the scale', () => {
    const env = { XDG_CACHE_HOME: tempDir() };
    saved(env, 'draft', { sessionVersion: 2, kind: 'draft', instrument: { id: 'ex-25', version: ex25.version }, data: { 'sense-1': 4, 'sense-2': null } });
    expect(sessionStore('draft', ex25, readDraftAnswers, env).load()).toEqual({ kind: 'found', data: { 'sense-1': 4, 'sense-2': null } });
  });

  it.each([
    ['a value off the scale', { 'sense-1': 7 }],
    ['a value that is not a number', { 'sense-1': '4' }],
    ['an unknown question id', { 'sense-9': 3 }],
  ])('does not resume a draft with %s', (_name, data) => {
    const env = { XDG_CACHE_HOME: tempDir() };
    saved(env, 'draft', { sessionVersion: 2, kind: 'draft', instrument: { id: 'ex-25', version: ex25.version }, data });
    expect(sessionStore('draft', ex25, readDraftAnswers, env).load()).toEqual({ kind: 'unusable', reason: 'other-version' });
  });

  it('does not resume a workshop session of another version of the instrument', () => {
    const env = { XDG_CACHE_HOME: tempDir() };
    const session = { ...newSession(ex25), position: 1, votes: { 'sense-1': [4, 3] } };
    saved(env, 'workshop', { sessionVersion: 2, kind: 'workshop', instrument: { id: 'ex-25', version: '0.9.0' }, data: session });
    expect(sessionStore('workshop', ex25, readWorkshopSession, env).load()).toEqual({ kind: 'unusable', reason: 'other-version' });
    saved(env, 'workshop', { sessionVersion: 2, kind: 'workshop', instrument: { id: 'ex-25', version: ex25.version }, data: session });
    expect(sessionStore('workshop', ex25, readWorkshopSession, env).load()).toMatchObject({ kind: 'found', data: { position: 1 } });
  });

  it('reads a file of another kind or layout as unusable, never as a session', () => {
    const env = { XDG_CACHE_HOME: tempDir() };
    saved(env, 'draft', { draftVersion: 1, instrument: { id: 'ex-25', version: ex25.version }, answers: {} });
    expect(sessionStore('draft', ex25, readDraftAnswers, env).load()).toEqual({ kind: 'unusable', reason: 'corrupt' });
    saved(env, 'draft', { sessionVersion: 2, kind: 'workshop', instrument: { id: 'ex-25', version: ex25.version }, data: {} });
    expect(sessionStore('draft', ex25, readDraftAnswers, env).load()).toEqual({ kind: 'unusable', reason: 'corrupt' });
  });

  it('writes sessions readable by their owner only', () => {
    const env = { XDG_CACHE_HOME: tempDir() };
    const store = sessionStore('draft', ex25, readDraftAnswers, env);
    store.save({ 'sense-1': 3 });
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    store.remove();
    expect(existsSync(store.path)).toBe(false);
  });

  it('ignores a relative XDG_CACHE_HOME (the XDG rule), so a draft never lands in the current folder', () => {
    expect(cacheFolder({ XDG_CACHE_HOME: 'relative/cache', HOME: '/home/someone' })).toBe('/home/someone/.cache/ex-maturity');
  });
});
