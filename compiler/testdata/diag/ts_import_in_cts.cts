// A .cts file is CommonJS; kiln does not turn import syntax into require calls.
import type { Stats } from "fs";
import { readFileSync } from "fs";
console.log(typeof readFileSync);
