export const packageName = '@tn/rpc';
