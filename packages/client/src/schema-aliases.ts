import type { components } from './generated/schema.js';

/** A tenant app. */
export type App = components['schemas']['App'];
/** A page of tenant apps. */
export type AppList = components['schemas']['AppList'];
/** Body of `POST /v2/apps`. */
export type CreateAppRequest = components['schemas']['CreateAppRequest'];
/** Metadata of a server API token (never its value). */
export type AppToken = components['schemas']['AppToken'];
/** The server API tokens of an app. */
export type AppTokenList = components['schemas']['AppTokenList'];
/** A new or rotated server API token, its value shown once. */
export type CreatedAppToken = components['schemas']['CreatedAppToken'];
/** Body of `POST /v2/apps/{appId}/provision`. */
export type ProvisionAppRequest = components['schemas']['ProvisionAppRequest'];
/** The chatbot settings of an app. */
export type BotConfig = components['schemas']['BotConfig'];
/** Body of a broadcast: the text and its target rooms. */
export type BroadcastRequest = components['schemas']['BroadcastRequest'];
/** Status of a broadcast job. */
export type BroadcastJob = components['schemas']['BroadcastJob'];
/** A chat room. */
export type ChatRoom = components['schemas']['ChatRoom'];
/** Body of `POST /v2/chats`. */
export type CreateChatRoomRequest = components['schemas']['CreateChatRoomRequest'];
/** Body of a chat room update. */
export type UpdateChatRoomRequest = components['schemas']['UpdateChatRoomRequest'];
/** A chat room as listed for one user. */
export type UserChat = components['schemas']['UserChat'];
/** The chat rooms of one user. */
export type UserChatList = components['schemas']['UserChatList'];
/** A user of an app. */
export type User = components['schemas']['User'];
/** One user to create in a batch. */
export type UserInput = components['schemas']['UserInput'];
/** A page of users. */
export type UserList = components['schemas']['UserList'];
/** Body of a user batch creation. */
export type CreateUsersRequest = components['schemas']['CreateUsersRequest'];
/** Body of a user batch update. */
export type UpdateUsersRequest = components['schemas']['UpdateUsersRequest'];
/** Result of a user batch update. */
export type UpdateUsersResult = components['schemas']['UpdateUsersResult'];
/** Body of a user batch deletion. */
export type DeleteUsersRequest = components['schemas']['DeleteUsersRequest'];
/** Body of a room access grant or revocation. */
export type UsersAccessRequest = components['schemas']['UsersAccessRequest'];
/** Result of a room access grant or revocation. */
export type UsersAccessResult = components['schemas']['UsersAccessResult'];
/** Receipt of an accepted background job (`jobId`, `statusUrl`). */
export type JobReceipt = components['schemas']['JobReceipt'];
/** State of a background job. */
export type JobState = components['schemas']['JobState'];
/** Status of a user batch job. */
export type UsersBatchJob = components['schemas']['UsersBatchJob'];
/** The outcome for one user of a batch job. */
export type UsersBatchJobItem = components['schemas']['UsersBatchJobItem'];
/** Results of a user batch job. */
export type UsersBatchJobResult = components['schemas']['UsersBatchJobResult'];
/** Body of an agent reply request. */
export type AgentReplyRequest = components['schemas']['AgentReplyRequest'];
/** An agent reply. */
export type AgentReply = components['schemas']['AgentReply'];
/** The error body the API answers with (`error`, `code`, `requestId`...). */
export type ErrorResponse = components['schemas']['ErrorResponse'];
