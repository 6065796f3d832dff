import type { CodegenConfig } from "@graphql-codegen/cli";

// The web app knows the API only through the committed contract (packages/graphql/schema.graphql).
const config: CodegenConfig = {
  overwrite: true,
  schema: "packages/graphql/schema.graphql",
  documents: ["apps/web/src/**/*.{ts,tsx}", "!apps/web/src/gql/**"],
  generates: {
    "apps/web/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Month: "string", DateTime: "string", JSON: "unknown" },
      },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
