// Placeholder; replaced by the real request context.
export interface GraphQLContext {
  requestId: string;
}
