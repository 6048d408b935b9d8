export { isTnError, TnError, TnErrorCode, type TnErrorParameters } from './errors/base.js';
export { parseEjson, stringifyEjson } from './utils/ejson.js';
