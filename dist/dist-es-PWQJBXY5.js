import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-W3VRKXVJ.js";
import "./chunk-JHLZJR2I.js";
import "./chunk-MO2YLRQN.js";
import "./chunk-2H2AZ5BB.js";
import "./chunk-CENBCZZ4.js";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
//# sourceMappingURL=dist-es-PWQJBXY5.js.map
