/**
 * The QA fixture lives in test/helpers/qa-fixture.ts. This re-export only keeps
 * test/cli/qa-exit-reason.test.ts (`../qa-fixture.js`) working until its import points there;
 * delete this file then.
 */
export * from './helpers/qa-fixture.js';
