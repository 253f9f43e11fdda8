/**
 * Runs before every test file: whatever a test writes through a gateway is checked against
 * Excel's specifications and limits (test/helpers/excelLimits.ts), so no test can write a
 * workbook Excel would refuse, cut or call corrupt, whichever test it is.
 *
 * - every plan applied through the ExcelJS or the Office.js gateway;
 * - the output sheets of the ExcelJS workbook once the plan is applied, and its workbook names.
 */
import { ExcelJsGateway, outputSheets } from '../../src/gateways/exceljs';
import { OfficeJsGateway } from '../../src/gateways/officejs';
import type { WorkbookPlan } from '../../src/plan';
import { expectPlanWithinExcelLimits, expectWorkbookWithinExcelLimits } from '../helpers/excelLimits';

/** How many plans and workbooks were checked in this test file (a test can see the hook ran). */
export const limitChecks = { plans: 0, workbooks: 0 };

const fileApply = ExcelJsGateway.prototype.apply;
ExcelJsGateway.prototype.apply = async function checkedApply(this: ExcelJsGateway, plan: WorkbookPlan): Promise<void> {
  expectPlanWithinExcelLimits(plan);
  limitChecks.plans += 1;
  await fileApply.call(this, plan);
  expectWorkbookWithinExcelLimits(this.workbook, Object.values(outputSheets(this.workbook)));
  limitChecks.workbooks += 1;
};

const officeApply = OfficeJsGateway.prototype.apply;
OfficeJsGateway.prototype.apply = async function checkedApply(this: OfficeJsGateway, plan: WorkbookPlan): Promise<void> {
  expectPlanWithinExcelLimits(plan);
  limitChecks.plans += 1;
  await officeApply.call(this, plan);
};
