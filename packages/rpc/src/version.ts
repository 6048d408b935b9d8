/** The SDK version, printed in every error message. @internal */
export const version = '@tn/rpc@0.1.0';
