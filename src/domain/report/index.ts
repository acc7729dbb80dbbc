/** The review report (审核意见): check results as rows, and those rows as a workbook plan. */
export * from "./review";
export { reviewWorkbookPlans } from "./workbook";
