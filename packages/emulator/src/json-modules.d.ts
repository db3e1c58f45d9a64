// The bundled spec and package.json are read as plain data (see tsconfig.json: no JSON type inference).
declare module '@ethora/spec/dist/ethora.json' {
  const document: unknown;
  export default document;
}

declare module '*/package.json' {
  const manifest: { readonly name: string; readonly version: string };
  export default manifest;
}
