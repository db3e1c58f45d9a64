// Generated from spec/ethora.yaml by `pnpm generate`. Do not edit by hand.

import { decodeOperationTable } from '../runtime/operation-table.js';

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
  /** True for GET/PUT/DELETE, and for a POST or PATCH only where the spec marks it `x-idempotent: true`. */
  readonly idempotent: boolean;
  /** True when some 2xx answer declares no JSON body or an undocumented one; otherwise an empty 2xx body is an error. */
  readonly emptySuccess: boolean;
}

/** Security schemes declared by the spec. */
export const securitySchemes: Readonly<Record<string, SecuritySchemeInfo>> = {"serverToken":{"kind":"apiKey","header":"x-custom-token"},"serverBearer":{"kind":"bearer","header":"authorization"},"userJwt":{"kind":"apiKey","header":"authorization"},"appJwt":{"kind":"apiKey","header":"authorization"},"refreshJwt":{"kind":"apiKey","header":"authorization"},"clientToken":{"kind":"apiKey","header":"x-custom-token"}};

// The distinct security requirements, referenced by index from the table below.
const security: readonly (readonly (readonly string[])[])[] = [[["userJwt"]],[["serverToken"],["serverBearer"],["userJwt"]],[],[["appJwt"]],[["clientToken"]],[["refreshJwt"]],[["serverToken"],["serverBearer"]]];

// `METHOD /path operationId security[flags]`: `!` idempotence unlike the method's, `~` a 2xx that may be empty.
const table = `
GET /v1/apps v1ListApps 0
POST /v1/apps v1CreateApp 0
GET /v1/apps/users/ v1ListAppUsers 0
GET /v1/apps/users/{xmppUsername} v1GetAppUserByXmppUsername 1
GET /v1/apps/{id} v1GetApp 0
PUT /v1/apps/{id} v1UpdateApp 0
DELETE /v1/apps/{id} v1DeleteApp 0
POST /v1/apps/create-app-chat/{id} v1CreateAppDefaultRoom 0
DELETE /v1/apps/delete-app-chat/{id} v1DeleteAppDefaultRoom 0
PUT /v1/apps/user-defaults/{id} v1UpdateAppUserDefaults 0
POST /v1/apps/check-domain-name v1CheckDomainName 0
GET /v1/apps/get-config v1GetAppConfig 2
GET /v1/apps/get-default-rooms v1ListDefaultRooms 3
GET /v1/apps/get-default-rooms/app-id/{appId} v1ListDefaultRoomsOfApp 0
DELETE /v1/apps/rotate-jwt/{id} v1RotateAppJwt 0
GET /v1/apps/graph-statistic/{appId} v1GetAppStatistics 0
GET /v1/apps/stat-csv v1ExportAppStatisticsCsv 0~
GET /v1/files/ v1ListFiles 0
POST /v1/files/ v1UploadFiles 0
GET /v1/files/{id} v1GetFile 0
DELETE /v1/files/{id} v1DeleteFile 0
PUT /v1/users/ v1UpdateCurrentUser 3
POST /v1/users/ v1RegisterUser 3
POST /v1/users/sign-up-with-email/ v1SignUpWithEmail 3
POST /v2/users/sign-up-with-email/ signUpWithEmail 3
POST /v1/users/sign-up-resend-email/ v1ResendSignUpEmail 3
POST /v1/users/create-with-app-id/{id} v1CreateUserInApp 0
POST /v1/users/create-many-with-app-id/{id} v1CreateUsersInApp 0
POST /v1/users/batch v1CreateUsersBatch 1
DELETE /v1/users/batch v1DeleteUsersBatch 1
POST /v1/users/tags-set/{appId} v1SetUserTags 0
POST /v1/users/tags-add/{appId} v1AddUserTags 0
POST /v1/users/tags-delete/{appId} v1RemoveUserTags 0
POST /v1/users/terms-and-conditions v1AcceptTerms 0
POST /v1/users/login v1Login 3
GET /v1/users/me v1GetCurrentUser 0
POST /v1/users/login-with-email v1LoginWithEmail 3
POST /v1/users/logout v1Logout 0
POST /v1/users/client v1ExchangeClientToken 4
POST /v1/users/set-permanent-password-with-temp-password v1SetPermanentPassword 2
POST /v1/users/login/refresh v1RefreshSession 5
POST /v1/users/changePassword v1ChangePassword 0
POST /v1/users/verifyEmail v1VerifyEmail 3
POST /v1/users/resendLink v1ResendVerificationLink 3
POST /v1/users/forgot v1RequestPasswordReset 3
POST /v1/users/reset v1ResetPassword 2
GET /v1/users/checkEmail/{email} v1CheckEmail 3
GET /v1/users/{appId} v1ListUsersOfApp 0
PUT /v1/users/{appId}/{userId} v1UpdateUserInApp 0
GET /v1/users/profile/{walletAddress} v1GetWalletProfile 0
GET /v1/users/profile/{walletAddress}/{accessToken} v1GetSharedWalletProfile 0
POST /v1/users/referral v1AddReferral 0
DELETE /v1/users v1DeleteCurrentUser 0
POST /v1/users/delete-many-with-app-id/{id} v1DeleteUsersInApp 0
POST /v1/users/reset-passwords-with-app-id/{id} v1ResetPasswordsInApp 0
GET /v1/users/emails v1ListEmails 0
POST /v1/users/emails v1AddEmail 0
DELETE /v1/users/emails/{email} v1DeleteEmail 0
POST /v1/users/payments v1RecordPayment 0
POST /v1/users/checkExtWallet v1CheckExternalWallet 0
GET /v1/users/acl v1ListMyAcls 0
PUT /v1/users/acl/{appId}/{userId} v1UpdateUserAcl 0
GET /v1/users/exportData v1ExportMyData 0
GET /v1/users/export/{appId} v1ExportAppUsers 0
POST /v1/sharelink v1CreateSharelink 0
GET /v1/sharelink/ v1ListSharelinks 0
DELETE /v1/sharelink/{token} v1DeleteSharelink 0
GET /v1/chats v1ListCreatedChats 0
POST /v1/chats v1CreateChat 0
DELETE /v1/chats v1DeleteChat 1
POST /v1/chats/private v1CreatePrivateChat 0
POST /v1/chats/reports/{chatName} v1ReportChat 0
GET /v1/chats/my v1ListMyChats 0
GET /v1/chats/my/{chatName} v1GetMyChat 0
GET /v1/chats/public v1ListPublicChats 0
POST /v1/chats/users-access v1GrantChatAccess 1
DELETE /v1/chats/users-access v1RevokeChatAccess 1
POST /v1/chats/media/{chatName} v1UploadChatMedia 0
POST /v2/users/batch createUsers 6
GET /v2/users/batch/{jobId} getUsersBatchJob 6
POST /v2/chats createChatRoom 6
GET /v2/chats/users listUsers 6
PATCH /v2/chats/users updateUsers 6
POST /v2/chats/users-access grantUserAccessToChatRoom 6~
DELETE /v2/chats/users-access removeUserAccessFromChatRoom 6~
POST /v2/chats/broadcast broadcastToChats 3
GET /v2/chats/broadcast/{jobId} getBroadcastJob 3
GET /v2/bot getBot 3
PUT /v2/bot updateBot 3~
POST /v2/agents/{agentId}/reply createAgentReply 6
GET /v2/apps listApps 6
POST /v2/apps createApp 6
GET /v2/apps/{appId} getApp 6
DELETE /v2/apps/{appId} deleteApp 6~
GET /v2/apps/{appId}/tokens listAppTokens 6
POST /v2/apps/{appId}/tokens createAppToken 6
DELETE /v2/apps/{appId}/tokens/{tokenId} revokeAppToken 6~
POST /v2/apps/{appId}/tokens/{tokenId}/rotate rotateAppToken 6
POST /v2/apps/{appId}/provision provisionApp 6~
GET /v2/apps/{appId}/bot getAppBot 6
PUT /v2/apps/{appId}/bot updateAppBot 6~
GET /v2/apps/{appId}/chats listChatsInApp 6~
POST /v2/apps/{appId}/chats createChatRoomInApp 6
DELETE /v2/apps/{appId}/chats deleteChatRoomInApp 6~
PATCH /v2/apps/{appId}/chats/{chatName} updateChatRoomInApp 6~
PATCH /v2/apps/{appId}/chats/users updateUsersInApp 6
POST /v2/apps/{appId}/chats/users-access grantUserAccessToChatRoomInApp 6~
DELETE /v2/apps/{appId}/chats/users-access removeUserAccessFromChatRoomInApp 6~
POST /v2/apps/{appId}/chats/broadcast broadcastToAppChats 6
GET /v2/apps/{appId}/chats/broadcast/{jobId} getAppBroadcastJob 6
POST /v2/apps/{appId}/users/batch createUsersInApp 6
DELETE /v2/apps/{appId}/users/batch deleteUsersInApp 6~
GET /v2/apps/{appId}/users/batch/{jobId} getAppUsersBatchJob 6
GET /v2/apps/{appId}/users/{userId}/chats listUserChatsInApp 6
`;

/** Every operation, keyed by `METHOD /path/{template}`. */
export const operationInfo: Readonly<Record<string, OperationInfo>> = decodeOperationTable(table, security);
