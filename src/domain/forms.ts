/** Each form kind's header schema (DOMAIN.md §4b): the fields it must and should fill. */
import { FormKind, GoalTable, HeaderField, HeaderKey } from "./model";

/** A field of the schema: the header keys that can hold it, and its name in messages. */
export interface SchemaField {
  keys: HeaderKey[];
  label: { zh: string; en: string };
}

const NAME = (zh: string, en: string): SchemaField["label"] => ({ zh, en });

const PROJECT_NAME: SchemaField = {
  keys: ["projectName"],
  label: NAME("项目名称", "project name"),
};
const DEPARTMENT: SchemaField = {
  keys: ["department", "departmentName"],
  label: NAME("主管部门", "department"),
};
const FUNDS_TOTAL: SchemaField = {
  keys: ["fundsTotal"],
  label: NAME("年度资金总额", "annual funds"),
};
const GOAL: SchemaField = { keys: ["goal"], label: NAME("年度目标", "annual goal") };

export const FORM_SCHEMAS: Record<
  FormKind,
  { required: SchemaField[]; recommended: SchemaField[] }
> = {
  project: {
    required: [PROJECT_NAME, DEPARTMENT, FUNDS_TOTAL, GOAL],
    recommended: [
      { keys: ["implementer"], label: NAME("实施单位", "implementing unit") },
      { keys: ["owner"], label: NAME("项目负责人及电话", "person in charge and phone") },
    ],
  },
  specialFund: {
    required: [
      { keys: ["projectName"], label: NAME("专项名称", "special fund") },
      DEPARTMENT,
      FUNDS_TOTAL,
      GOAL,
    ],
    recommended: [],
  },
  department: {
    required: [
      {
        keys: ["departmentName", "projectName", "department"],
        label: NAME("部门（单位）名称", "department name"),
      },
      FUNDS_TOTAL,
      GOAL,
    ],
    recommended: [],
  },
  selfEvaluation: {
    required: [
      { keys: ["projectName", "departmentName"], label: NAME("项目名称", "project name") },
      DEPARTMENT,
      GOAL,
    ],
    recommended: [],
  },
};

/** The header field that holds a schema field in this table, if its label was found. */
export function schemaFieldIn(table: GoalTable, field: SchemaField): HeaderField | undefined {
  for (const key of field.keys) {
    const found = table.header[key];
    if (found) return found;
  }
  return undefined;
}
