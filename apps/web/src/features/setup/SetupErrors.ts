/** A mutation's field errors, by dotted path ("input.areas.1.code"). */
export type SetupErrors = readonly { field: string; message: string }[];
