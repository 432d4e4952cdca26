import { normalizeText } from "../parse/number";

/** What a column holds, as told by its header word. */
export type Role =
  | "seq"
  | "name"
  | "initialBudget"
  | "fullBudget"
  | "budget"
  | "amountActual"
  | "rate"
  | "status"
  | "explanation"
  | "level1"
  | "level2"
  | "level3"
  | "target"
  | "operator"
  | "unit"
  | "indicatorActual"
  | "weight"
  | "score"
  | "grade";

/**
 * Header words per role, tried in this order: the first match wins, so 预算执行率 is a rate
 * (not a budget), 预算执行数 an actual, and 绩效目标完成情况 a status (not a target).
 */
const PATTERNS: [Role, RegExp][] = [
  ["rate", /执行率|执行进度|^executionrate$|^rate$/],
  ["explanation", /偏差原因|未完成原因|原因分析|情况说明|改进措施|^原因$|^备注$|^说明$|^notes?$|^explanation$|^remarks?$|^reason$/],
  ["status", /完成情况$|是否完成|是否达成|是否达标|^targetmet$|^status$|^met$/],
  ["level1", /一级指标|^一级$|^level1$|^firstlevel$/],
  ["level2", /二级指标|^二级$|^level2$|^secondlevel$/],
  ["level3", /三级指标|^三级$|^指标名称$|^指标内容$|^绩效指标名称$|^indicator$|^indicatorname$/],
  ["target", /指标值|目标值|^目标$|^target$|^targetvalue$/],
  ["operator", /指标性质|运算符|^符号$|^operator$/],
  ["unit", /度量单位|计量单位|^单位$|^unit$/],
  ["indicatorActual", /实际完成值|实际完成数|^实际值$|^完成值$|^实际完成$|^actualvalue$/],
  ["weight", /^分值|^权重|^满分|^weight$|^points$/],
  ["score", /得分|^评分$|^score$/],
  ["grade", /^(自评|评价|绩效)?等级$|^grade$/],
  ["initialBudget", /年初预算/],
  ["fullBudget", /全年预算|调整后预算|调整预算/],
  ["amountActual", /执行数|实际支出|支出数|决算数|实际执行|支出金额|^actual$|^actualspending$|^spent$/],
  ["budget", /预算数|预算收入|预算金额|预算资金|^预算$|^budget$/],
  ["name", /项目名称|^项目$|^名称$|明细|^内容$|^事项$|支出项目|^lineitem$|^item$|^project$/],
  ["seq", /^序号$|^no\.?$|^#$/],
];

/** Header text made comparable: full-width folded, spaces and units in brackets removed, lower case. */
export function headerKey(text: string): { key: string; unit: string | null } {
  let s = normalizeText(text).toLowerCase();
  let unit: string | null = null;
  const m = /[(（]([^)）]*)[)）]/.exec(s);
  if (m) {
    const inside = m[1] ?? "";
    if (/万元|元|%/.test(inside)) unit = /万元/.test(inside) ? "万元" : /元/.test(inside) ? "元" : "%";
    s = s.replace(/[(（][^)）]*[)）]/g, "");
  }
  s = s.replace(/[*＊:：]/g, "");
  return { key: s, unit };
}

export function classifyHeader(text: string): Role | null {
  if (text.length === 0 || text.length > 30) return null;
  const { key } = headerKey(text);
  if (key.length === 0) return null;
  for (const [role, re] of PATTERNS) if (re.test(key)) return role;
  return null;
}
