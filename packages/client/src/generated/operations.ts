// Generated from spec/ethora.yaml by `pnpm generate`. Do not edit by hand.

/** How a security scheme of the spec carries its credential. */
export interface SecuritySchemeInfo {
  readonly kind: 'bearer' | 'apiKey';
  readonly header: string;
}

/** Facts about one operation of the spec that the runtime needs. */
export interface OperationInfo {
  readonly operationId: string | null;
  /** Alternatives: any one entry (a list of scheme names) satisfies the operation. */
  readonly security: readonly (readonly string[])[];
  /** True for GET/PUT/DELETE and for operations marked `x-idempotent: true`. */
  readonly idempotent: boolean;
}

/** Security schemes declared by the spec. */
export const securitySchemes: Readonly<Record<string, SecuritySchemeInfo>> = {
  "serverToken": {
    "kind": "apiKey",
    "header": "x-custom-token"
  },
  "serverBearer": {
    "kind": "bearer",
    "header": "authorization"
  },
  "userJwt": {
    "kind": "apiKey",
    "header": "authorization"
  },
  "appJwt": {
    "kind": "apiKey",
    "header": "authorization"
  },
  "refreshJwt": {
    "kind": "apiKey",
    "header": "authorization"
  },
  "clientToken": {
    "kind": "apiKey",
    "header": "x-custom-token"
  }
};

/** Every operation, keyed by `METHOD /path/{template}`. */
export const operationInfo: Readonly<Record<string, OperationInfo>> = {
  "POST /v2/chats": {
    "operationId": "createChatRoom",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false
  }
};
