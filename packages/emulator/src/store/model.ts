/** Settings of an app's chatbot, as `PUT /v2/apps/{appId}/bot` stores them (an open record). */
export type BotSettings = Record<string, unknown>;

/** A server API token of an app (`POST /v2/apps/{appId}/tokens`); its value is a JWT carrying `tokenId`. */
export interface ApiTokenRecord {
  readonly tokenId: string;
  label: string | undefined;
  /** Changes on every rotation; a token value is valid only with the current one. */
  jti: string;
  status: 'active' | 'revoked';
  readonly createdAt: number;
  rotatedAt: number | undefined;
  revokedAt: number | undefined;
}

/** A user of an app. Its XMPP username is `<appId>_<uuid>`. */
export interface UserRecord {
  readonly _id: string;
  readonly uuid: string;
  firstName: string;
  lastName: string;
  email: string;
  username: string | undefined;
  profileImage: string | undefined;
  /** Password of the user's XMPP account, handed out in `POST /v1/users/client` sessions. */
  readonly xmppPassword: string;
  /** Fields given at creation beyond the documented ones, passed through to the profile. */
  profile: Record<string, unknown> | undefined;
  /** Short names of the rooms the user is a member of (created with the first membership: most users have none). */
  rooms: Set<string> | undefined;
  readonly createdAt: number;
  updatedAt: number;
}

/** A chat room of an app. Its short name is `<appId>_<chatId>`. */
export interface RoomRecord {
  readonly _id: string;
  readonly chatId: string;
  readonly name: string;
  title: string;
  description: string;
  type: string;
  picture: string;
  readonly createdBy: string;
  /** Fields given at creation beyond the documented ones. */
  profile: Record<string, unknown> | undefined;
  /** uuids of the members. */
  readonly members: Set<string>;
  readonly createdAt: number;
  updatedAt: number;
}

/** State of a background job, as the API names it. */
export type JobState = 'pending' | 'running' | 'completed' | 'failed';

/** A user batch (`POST /v2/users/batch`) or broadcast (`POST /v2/apps/{appId}/chats/broadcast`) job. */
export interface JobRecord {
  readonly jobId: string;
  readonly kind: 'users' | 'broadcast';
  state: JobState;
  /** What was asked: the users to create, or the broadcast. */
  readonly request: Record<string, unknown>;
  /** Per-user or per-room outcomes once the job has completed. */
  results: Record<string, unknown>[] | undefined;
  error: string | undefined;
  readonly createdAt: number;
  updatedAt: number;
}

/** A tenant app with everything in it: users, rooms, tokens, bot settings and jobs. */
export interface AppRecord {
  readonly _id: string;
  displayName: string;
  /** Other app fields (domainName, appTagline, logoImage, primaryColor...). */
  profile: Record<string, unknown>;
  /** The app secret; tokens are signed with keys derived from it. */
  readonly secret: string;
  /** Whether tokens signed with the raw secret (the platform's old scheme) are accepted too. */
  acceptRawSecret: boolean;
  /** The legacy app token (`JWT ...`) shown in app objects. */
  readonly appToken: string;
  /** The app whose server credential created this one through `POST /v2/apps` (it may manage it). */
  readonly parentAppId: string | undefined;
  readonly createdAt: number;
  updatedAt: number;
  bot: BotSettings;
  readonly tokens: Map<string, ApiTokenRecord>;
  /** Users by uuid, in creation order. */
  readonly users: Map<string, UserRecord>;
  /** Rooms by short name, in creation order. */
  readonly rooms: Map<string, RoomRecord>;
  /** Short names of the pinned (default) rooms that new users join. */
  readonly pinnedRooms: Set<string>;
  readonly jobs: Map<string, JobRecord>;
}
