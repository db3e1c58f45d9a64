/** Room options as ejabberd's `create_room_with_opts` takes them (`members_only`, `mam`, `anonymous`...). */
export type RoomOptions = Readonly<Record<string, string | boolean | number>>;

/** An MUC affiliation. */
export type RoomAffiliation = 'owner' | 'admin' | 'member' | 'outcast' | 'none';

/** The commands of ejabberd's admin API (`mod_http_api`) that tests, benchmarks and the demo use. */
export interface EjabberdAdmin {
  /** Base URL of the API, such as `http://127.0.0.1:41234/api`. */
  readonly url: string;
  /** The XMPP host the accounts live on. */
  readonly host: string;
  /** The multi-user chat service, `conference.<host>`. */
  readonly conferenceHost: string;
  /** Calls any command with a JSON body and returns the parsed answer; a non-2xx answer throws. */
  command(name: string, body?: Record<string, unknown>): Promise<unknown>;
  /** Registers `user@host`; an already registered user gets the new password instead. */
  register(user: string, password: string): Promise<void>;
  /** Removes `user@host` and its data. */
  unregister(user: string): Promise<void>;
  /** Creates the persistent room `name@conference.<host>` (the server's room defaults apply, then `options`). */
  createRoom(name: string, options?: RoomOptions): Promise<void>;
  /** Destroys a room and its archive reference. */
  destroyRoom(name: string): Promise<void>;
  /** Local parts of the room's members (affiliation `member`) on this host. */
  memberNames(name: string): Promise<string[]>;
  /** Sets the affiliation of `user@host` (a local part) or of a full bare JID in room `name`. */
  setAffiliation(name: string, user: string, affiliation: RoomAffiliation): Promise<void>;
  /** Ends every session of `user` at once, stream resumption included (a "kicked" client must log in again). */
  kickUser(user: string): Promise<void>;
  /** Number of live sessions of `user`. */
  sessionCount(user: string): Promise<number>;
}

/** Builds an {@link EjabberdAdmin} for the server at `url` serving `host` (rooms on `conference.<host>`). */
export function createEjabberdAdmin(url: string, host: string): EjabberdAdmin {
  const service = `conference.${host}`;
  const jidOf = (user: string) => (user.includes('@') ? user : `${user}@${host}`);

  async function command(name: string, body: Record<string, unknown> = {}): Promise<unknown> {
    const response = await fetch(`${url}/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`ejabberd admin API ${name} answered ${response.status}: ${text}`);
    return text === '' ? undefined : JSON.parse(text);
  }

  // Commands answer `0` for success and `1` for failure with status 200.
  async function expectZero(name: string, body: Record<string, unknown>): Promise<void> {
    const result = await command(name, body);
    if (result !== 0 && result !== '') {
      throw new Error(`ejabberd admin API ${name} failed: ${JSON.stringify(result)}`);
    }
  }

  return {
    url,
    host,
    conferenceHost: service,
    command,
    async register(user, password) {
      const response = await fetch(`${url}/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user, host, password }),
        signal: AbortSignal.timeout(30_000),
      });
      if (response.ok) return;
      const text = await response.text();
      if (response.status === 409) return expectZero('change_password', { user, host, newpass: password });
      // The body names the user but never the password.
      throw new Error(`ejabberd admin API register answered ${response.status}: ${text}`);
    },
    unregister: (user) => expectZero('unregister', { user, host }),
    async createRoom(name, options = {}) {
      const list = Object.entries(options).map(([option, value]) => ({ name: option, value: String(value) }));
      await expectZero('create_room_with_opts', { name, service, host, options: list });
    },
    destroyRoom: (name) => expectZero('destroy_room', { name, service }),
    async memberNames(name) {
      const affiliations = await command('get_room_affiliations', { name, service });
      if (!Array.isArray(affiliations)) return [];
      return affiliations
        .filter((entry) => entry?.affiliation === 'member' && entry?.domain === host)
        .map((entry) => String(entry.username));
    },
    setAffiliation: (name, user, affiliation) =>
      expectZero('set_room_affiliation', { name, service, jid: jidOf(user), affiliation }),
    async kickUser(user) {
      await command('kick_user', { user, host });
    },
    async sessionCount(user) {
      const sessions = await command('user_sessions_info', { user, host });
      return Array.isArray(sessions) ? sessions.length : 0;
    },
  };
}
