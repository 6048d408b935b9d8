/** Placeholder: filled in by its feature issue. @internal */
export const packageName = '@tn/zfs';
