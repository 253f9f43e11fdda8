import { asFailure, FileProblem, InputProblem, InvariantError, saveScenario } from '../../src/engine';
import { WorkbookFileError } from '../../src/gateways/exceljs/fileKind';
import { failureText } from '../../src/session/failures';

const located = new InputProblem([
  {
    severity: 'error',
    code: 'sheet-protected',
    message: 'The output sheet "Scorecard" is protected, so it cannot be rewritten.',
    fix: 'Unprotect it (Review > Unprotect Sheet), then recalculate.',
    at: { sheet: 'Scorecard', cell: 'A1' },
  },
]);

describe('three error classes, one meaning each', () => {
  test('what is already classified stays as it is', () => {
    expect(asFailure(located)).toBe(located);
    const file = new FileProblem('There is no file in.xlsx.');
    expect(asFailure(file)).toBe(file);
  });

  test("a value with an error code (Office.js's, Node's) is a file problem and keeps the code", () => {
    const office = Object.assign(new Error('The requested resource does not exist.'), { code: 'ItemNotFound' });
    const failure = asFailure(office);
    expect(failure).toBeInstanceOf(FileProblem);
    expect(failure).toMatchObject({ category: 'file', code: 'ItemNotFound', message: office.message });
    expect(asFailure({ code: 'EACCES', message: 'permission denied' }).category).toBe('file');
  });

  test('anything else is a fault of ours, keeping what was thrown', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'cells')");
    const failure = asFailure(bug);
    expect(failure).toBeInstanceOf(InvariantError);
    expect((failure as InvariantError).detail).toBe(bug);
    expect(asFailure('a string').category).toBe('invariant');
  });

  test("a file the gateway cannot read is a file problem, in the file gateway's own words", () => {
    const error = new WorkbookFileError('in.xls is an Excel 97-2003 workbook (.xls).', 'xls');
    expect(error).toBeInstanceOf(FileProblem);
    expect(asFailure(error).category).toBe('file');
  });

  test('an input problem says where and what to do, with its code', () => {
    expect(located.message).toBe(
      'Scorecard!A1: The output sheet "Scorecard" is protected, so it cannot be rewritten. Unprotect it (Review > Unprotect Sheet), then recalculate.',
    );
    expect(located.issues[0]?.code).toBe('sheet-protected');
  });

  test('a scenario may not take the Baseline name: an input problem with its code', () => {
    let thrown: unknown;
    try {
      saveScenario([], { name: 'baseline', changes: new Map() }, []);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputProblem);
    expect((thrown as InputProblem).issues.map((i) => i.code)).toEqual(['scenario-name-reserved']);
  });
});

describe('the pane words each category differently', () => {
  test.each([
    [located, 'Scorecard!A1: The output sheet "Scorecard" is protected'],
    [
      Object.assign(new Error('Wait until the previous call completes.'), { code: 'InvalidOperation' }),
      'Excel could not complete the request (InvalidOperation): Wait until',
    ],
    [new FileProblem('The workbook is open elsewhere.'), 'The workbook is open elsewhere.'],
    [new RangeError('Invalid array length'), 'The add-in stopped on a fault of its own: Invalid array length Please report it.'],
  ])('%p', (error, words) => {
    expect(failureText(error)).toContain(words);
  });
});
