import { detectBlocks } from "../../../src/core/layouts/detect";
import { grid } from "../../helpers/grid";
import * as forms from "../../helpers/real-forms";
it("probe", () => {
  const m = detectBlocks(grid(forms.stackedLabelGoals()));
  console.log(m.blocks.map((b) => [b.kind, b.headerRow, (b as { statedWeight?: number }).statedWeight, JSON.stringify((b as { totals?: unknown }).totals)]));
  const z = detectBlocks(grid(forms.zeroTotal()));
  console.log(JSON.stringify(z.blocks[0], null, 0).slice(0, 1500));
});
