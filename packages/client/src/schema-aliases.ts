import type { components } from './generated/schema.js';

type Schemas = components['schemas'];

/** A tenant app. */
export type App = Schemas['App'];
/** A page of tenant apps. */
export type AppList = Schemas['AppList'];
/** Body of `POST /v2/apps`. */
export type CreateAppRequest = Schemas['CreateAppRequest'];
/** Metadata of a server API token (never its value). */
export type AppToken = Schemas['AppToken'];
/** The server API tokens of an app. */
export type AppTokenList = Schemas['AppTokenList'];
/** A new or rotated server API token, its value shown once. */
export type CreatedAppToken = Schemas['CreatedAppToken'];
/** Body of `POST /v2/apps/{appId}/provision`. */
export type ProvisionAppRequest = Schemas['ProvisionAppRequest'];
/** The chatbot settings of an app. */
export type BotConfig = Schemas['BotConfig'];
/** Body of a broadcast: the text and its target rooms. */
export type BroadcastRequest = Schemas['BroadcastRequest'];
/** Status of a broadcast job. */
export type BroadcastJob = Schemas['BroadcastJob'];
/** A chat room. */
export type ChatRoom = Schemas['ChatRoom'];
/** Body of `POST /v2/chats`. */
export type CreateChatRoomRequest = Schemas['CreateChatRoomRequest'];
/** Body of a chat room update. */
export type UpdateChatRoomRequest = Schemas['UpdateChatRoomRequest'];
/** A chat room as listed for one user. */
export type UserChat = Schemas['UserChat'];
/** The chat rooms of one user. */
export type UserChatList = Schemas['UserChatList'];
/** A user of an app. */
export type User = Schemas['User'];
/** One user to create in a batch. */
export type UserInput = Schemas['UserInput'];
/** A page of users. */
export type UserList = Schemas['UserList'];
/** Body of a user batch creation. */
export type CreateUsersRequest = Schemas['CreateUsersRequest'];
/** Body of a user batch update. */
export type UpdateUsersRequest = Schemas['UpdateUsersRequest'];
/** Result of a user batch update. */
export type UpdateUsersResult = Schemas['UpdateUsersResult'];
/** Body of a user batch deletion. */
export type DeleteUsersRequest = Schemas['DeleteUsersRequest'];
/** Body of a room access grant or revocation. */
export type UsersAccessRequest = Schemas['UsersAccessRequest'];
/** Result of a room access grant or revocation. */
export type UsersAccessResult = Schemas['UsersAccessResult'];
/** Receipt of an accepted background job (`jobId`, `statusUrl`). */
export type JobReceipt = Schemas['JobReceipt'];
/** State of a background job. */
export type JobState = Schemas['JobState'];
/** Status of a user batch job. */
export type UsersBatchJob = Schemas['UsersBatchJob'];
/** The outcome for one user of a batch job. */
export type UsersBatchJobItem = Schemas['UsersBatchJobItem'];
/** Results of a user batch job. */
export type UsersBatchJobResult = Schemas['UsersBatchJobResult'];
/** Body of an agent reply request. */
export type AgentReplyRequest = Schemas['AgentReplyRequest'];
/** An agent reply. */
export type AgentReply = Schemas['AgentReply'];
/** The error body the API answers with (`error`, `code`, `requestId`...). */
export type ErrorResponse = Schemas['ErrorResponse'];
