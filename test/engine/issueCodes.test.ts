import { ISSUE_CODES } from '../../src/engine/issueCodes';

test('each issue code is defined once (the union the pane and the CLI switch on has no duplicates)', () => {
  const twice = ISSUE_CODES.filter((code, i) => ISSUE_CODES.indexOf(code) !== i);
  expect(twice).toEqual([]);
});

test('issue codes are lower-case words joined by hyphens, as messages and tests key on them', () => {
  expect(ISSUE_CODES.filter((code) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code))).toEqual([]);
});
