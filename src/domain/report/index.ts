/** The review report (审核意见): check results as rows, and those rows as a workbook plan. */
export * from "./review";
export { MAX_LINK_LENGTH, MAX_LINKS_PER_SHEET, reviewWorkbookPlans } from "./workbook";
