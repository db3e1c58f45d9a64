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
  /** True when some 2xx answer declares no JSON body; otherwise an empty 2xx body is an error. */
  readonly emptySuccess: boolean;
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
  "GET /v1/apps": {
    "operationId": "v1ListApps",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/apps": {
    "operationId": "v1CreateApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/apps/users/": {
    "operationId": "v1ListAppUsers",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/apps/users/{xmppUsername}": {
    "operationId": "v1GetAppUserByXmppUsername",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ],
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/apps/{id}": {
    "operationId": "v1GetApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PUT /v1/apps/{id}": {
    "operationId": "v1UpdateApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "DELETE /v1/apps/{id}": {
    "operationId": "v1DeleteApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/apps/create-app-chat/{id}": {
    "operationId": "v1CreateAppDefaultRoom",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v1/apps/delete-app-chat/{id}": {
    "operationId": "v1DeleteAppDefaultRoom",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PUT /v1/apps/user-defaults/{id}": {
    "operationId": "v1UpdateAppUserDefaults",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/apps/check-domain-name": {
    "operationId": "v1CheckDomainName",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/apps/get-config": {
    "operationId": "v1GetAppConfig",
    "security": [],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/apps/get-default-rooms": {
    "operationId": "v1GetDefaultRooms",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/apps/get-default-rooms/app-id/{appId}": {
    "operationId": "v1GetDefaultRoomsOfApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "DELETE /v1/apps/rotate-jwt/{id}": {
    "operationId": "v1RotateAppToken",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/apps/graph-statistic/{appId}": {
    "operationId": "v1GetAppStatistics",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/apps/stat-csv": {
    "operationId": "v1ExportAppStatisticsCsv",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": true
  },
  "GET /v1/files/": {
    "operationId": "v1ListFiles",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/files/": {
    "operationId": "v1UploadFiles",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/files/{id}": {
    "operationId": "v1GetFile",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "DELETE /v1/files/{id}": {
    "operationId": "v1DeleteFile",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PUT /v1/users/": {
    "operationId": "v1UpdateCurrentUser",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/users/": {
    "operationId": "v1RegisterUser",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/sign-up-with-email/": {
    "operationId": "v1SignUpWithEmail",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v2/users/sign-up-with-email/": {
    "operationId": "v1SignUpWithEmailV2",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/sign-up-resend-email/": {
    "operationId": "v1ResendSignUpEmail",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/create-with-app-id/{id}": {
    "operationId": "v1CreateUserInApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/create-many-with-app-id/{id}": {
    "operationId": "v1CreateUsersInApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/batch": {
    "operationId": "v1CreateUsersBatch",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ],
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v1/users/batch": {
    "operationId": "v1DeleteUsersBatch",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ],
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/users/tags-set/{appId}": {
    "operationId": "v1SetUserTags",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/tags-add/{appId}": {
    "operationId": "v1AddUserTags",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/tags-delete/{appId}": {
    "operationId": "v1RemoveUserTags",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/terms-and-conditions": {
    "operationId": "v1AcceptTerms",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/login": {
    "operationId": "v1Login",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/users/me": {
    "operationId": "v1GetCurrentUser",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/users/login-with-email": {
    "operationId": "v1LoginWithEmail",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/logout": {
    "operationId": "v1Logout",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/client": {
    "operationId": "v1ExchangeClientToken",
    "security": [
      [
        "clientToken"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/set-permanent-password-with-temp-password": {
    "operationId": "v1SetPermanentPassword",
    "security": [],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/login/refresh": {
    "operationId": "v1RefreshSession",
    "security": [
      [
        "refreshJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/changePassword": {
    "operationId": "v1ChangePassword",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/verifyEmail": {
    "operationId": "v1VerifyEmail",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/resendLink": {
    "operationId": "v1ResendVerificationLink",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/forgot": {
    "operationId": "v1RequestPasswordReset",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/reset": {
    "operationId": "v1ResetPassword",
    "security": [],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/users/checkEmail/{email}": {
    "operationId": "v1CheckEmail",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/users/{appId}": {
    "operationId": "v1ListUsersOfApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PUT /v1/users/{appId}/{userId}": {
    "operationId": "v1UpdateUserInApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/users/profile/{walletAddress}": {
    "operationId": "v1GetWalletProfile",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/users/profile/{walletAddress}/{accessToken}": {
    "operationId": "v1GetSharedWalletProfile",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/users/referral": {
    "operationId": "v1AddReferral",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v1/users": {
    "operationId": "v1DeleteCurrentUser",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/users/delete-many-with-app-id/{id}": {
    "operationId": "v1DeleteUsersInApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/reset-passwords-with-app-id/{id}": {
    "operationId": "v1ResetPasswordsInApp",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/users/emails": {
    "operationId": "v1ListEmails",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/users/emails": {
    "operationId": "v1AddEmail",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v1/users/emails/{email}": {
    "operationId": "v1DeleteEmail",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/users/payments": {
    "operationId": "v1RecordPayment",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/users/checkExtWallet": {
    "operationId": "v1CheckExternalWallet",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/users/acl": {
    "operationId": "v1ListMyAcls",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PUT /v1/users/acl/{appId}/{userId}": {
    "operationId": "v1UpdateUserAcl",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/users/exportData": {
    "operationId": "v1ExportMyData",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/users/export/{appId}": {
    "operationId": "v1ExportAppUsers",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/sharelink": {
    "operationId": "v1CreateSharelink",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/sharelink/": {
    "operationId": "v1ListSharelinks",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "DELETE /v1/sharelink/{token}": {
    "operationId": "v1DeleteSharelink",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/chats": {
    "operationId": "v1ListCreatedChats",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/chats": {
    "operationId": "v1CreateChat",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v1/chats": {
    "operationId": "v1DeleteChat",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ],
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/chats/private": {
    "operationId": "v1CreatePrivateChat",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v1/chats/reports/{chatName}": {
    "operationId": "v1ReportChat",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v1/chats/my": {
    "operationId": "v1ListMyChats",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/chats/my/{chatName}": {
    "operationId": "v1GetMyChat",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v1/chats/public": {
    "operationId": "v1ListPublicChats",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/chats/users-access": {
    "operationId": "v1GrantChatAccess",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ],
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v1/chats/users-access": {
    "operationId": "v1RevokeChatAccess",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ],
      [
        "userJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v1/chats/media/{chatName}": {
    "operationId": "v1UploadChatMedia",
    "security": [
      [
        "userJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v2/users/batch": {
    "operationId": "createUsers",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v2/users/batch/{jobId}": {
    "operationId": "getUsersBatchJob",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
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
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v2/chats/users": {
    "operationId": "getUsers",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PATCH /v2/chats/users": {
    "operationId": "updateUsers",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/chats/users-access": {
    "operationId": "grantUserAccessToChatRoom",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "DELETE /v2/chats/users-access": {
    "operationId": "removeUserAccessFromChatRoom",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/chats/broadcast": {
    "operationId": "broadcastToChats",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v2/chats/broadcast/{jobId}": {
    "operationId": "getBroadcastJob",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v2/bot": {
    "operationId": "getBot",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PUT /v2/bot": {
    "operationId": "updateBot",
    "security": [
      [
        "appJwt"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/agents/{agentId}/reply": {
    "operationId": "createAgentReply",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v2/apps": {
    "operationId": "listApps",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/apps": {
    "operationId": "createApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v2/apps/{appId}": {
    "operationId": "getApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "DELETE /v2/apps/{appId}": {
    "operationId": "deleteApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v2/apps/{appId}/tokens": {
    "operationId": "listAppTokens",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/apps/{appId}/tokens": {
    "operationId": "createAppToken",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v2/apps/{appId}/tokens/{tokenId}": {
    "operationId": "revokeAppToken",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/apps/{appId}/tokens/{tokenId}/rotate": {
    "operationId": "rotateAppToken",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "POST /v2/apps/{appId}/provision": {
    "operationId": "provisionApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v2/apps/{appId}/bot": {
    "operationId": "getAppBot",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PUT /v2/apps/{appId}/bot": {
    "operationId": "updateAppBot",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v2/apps/{appId}/chats": {
    "operationId": "listChatsInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/apps/{appId}/chats": {
    "operationId": "createChatRoomInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v2/apps/{appId}/chats": {
    "operationId": "deleteChatRoomInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PATCH /v2/apps/{appId}/chats/{chatName}": {
    "operationId": "updateChatRoomInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "PATCH /v2/apps/{appId}/chats/users": {
    "operationId": "updateUsersInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/apps/{appId}/chats/users-access": {
    "operationId": "grantUserAccessToChatRoomInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "DELETE /v2/apps/{appId}/chats/users-access": {
    "operationId": "removeUserAccessFromChatRoomInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/apps/{appId}/chats/broadcast": {
    "operationId": "broadcastToAppChats",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "GET /v2/apps/{appId}/chats/broadcast/{jobId}": {
    "operationId": "getAppBroadcastJob",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "POST /v2/apps/{appId}/users/batch": {
    "operationId": "createUsersInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": false,
    "emptySuccess": false
  },
  "DELETE /v2/apps/{appId}/users/batch": {
    "operationId": "deleteUsersInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v2/apps/{appId}/users/batch/{jobId}": {
    "operationId": "getAppUsersBatchJob",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  },
  "GET /v2/apps/{appId}/users/{userId}/chats": {
    "operationId": "getUserChatsInApp",
    "security": [
      [
        "serverToken"
      ],
      [
        "serverBearer"
      ]
    ],
    "idempotent": true,
    "emptySuccess": false
  }
};
