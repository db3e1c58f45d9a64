/** Row labels shared by the cases, the targets and the report, so that they cannot drift apart. */
export const CASE = {
  limit: 'raw fetch (limit)',
  previous: 'previous SDK (@ethora/sdk-backend)',
  clientDefault: '@ethora/client, default transport',
  clientFetch: '@ethora/client, fetch transport',
  sdk: '@ethora/sdk',
  sdkFetch: '@ethora/sdk, fetch transport',
  previousTokens: 'previous SDK: createChatUserJwtToken',
  sdkTokens: '@ethora/sdk: repo.createChatUserJwtToken',
  sdkTokenFunction: '@ethora/sdk: createClientToken',
  previousBulk: 'previous SDK: README loop',
  sdkBulk: '@ethora/sdk: setupWorkspaceChat',
} as const;
