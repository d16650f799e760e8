import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  fromSts,
  inFirstEnabledRegion,
  maskCredentials,
  openAdministratorSession,
  partitionOf,
  stsRegions
} from "./chunk-B3Z5GR6G.js";
import "./chunk-KBDUWHMQ.js";
import "./chunk-W3VRKXVJ.js";
import "./chunk-3XBKBDDI.js";
import "./chunk-QW7KKTI7.js";
import "./chunk-AIC766WU.js";
import "./chunk-JHLZJR2I.js";
import "./chunk-MO2YLRQN.js";
import "./chunk-WT75KLLN.js";
import "./chunk-R2IA2JL5.js";
import "./chunk-4OXIJKIA.js";
import "./chunk-CAXNQKZ4.js";
import "./chunk-7ASWKVYL.js";
import "./chunk-2H2AZ5BB.js";
import "./chunk-CENBCZZ4.js";
export {
  fromSts,
  inFirstEnabledRegion,
  maskCredentials,
  openAdministratorSession,
  partitionOf,
  stsRegions
};
//# sourceMappingURL=credentials-DN7CZZW5.js.map
