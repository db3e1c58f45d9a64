/** The three calls every case makes, named after the facade's methods. */
export const OPERATIONS = ['createChatRoom', 'grantUserAccessToChatRoom', 'getUsers'] as const;

/** One of {@link OPERATIONS}. */
export type Operation = (typeof OPERATIONS)[number];

/** One way of making the API calls under test: raw fetch, the previous SDK, or ours. */
export interface ApiCase {
  /** Row label in the results. */
  name: string;
  /** Makes call number `i` of the operation; resolves once its response body has been read. */
  call: Record<Operation, (i: number) => Promise<unknown>>;
  /** Releases sockets and timers. */
  close?(): Promise<void> | void;
}

/** The room, member and query each case uses for call number `i`, so that all send the same requests. */
export const inputs = {
  chatId: (i: number): string => `room-${i}`,
  grantChatId: (i: number): string => `room-${i % 64}`,
  userId: (i: number): string => `user-${i}`,
  usersQuery: { limit: 10 },
} as const;
