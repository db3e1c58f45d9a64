import type { Emulator } from '@ethora/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, BOT_JID, emulatorEnv, startTestEmulator, withoutSecret } from './support/emulator.js';
import { BIN, createWorkDir, runEthora, type WorkDir } from './support/run-ethora.js';

interface Summary {
  room: string;
  bot: string;
  created: number;
  exists: number;
  failed: number;
  granted: number;
  durationMs: number;
  users: { userId: string | null; where: string; status: string; reason?: string }[];
}

let emulator: Emulator;
let dir: WorkDir;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  dir = createWorkDir();
  env = emulatorEnv(emulator, { ETHORA_CHAT_BOT_JID: BOT_JID });
});
afterAll(async () => {
  await emulator.stop();
  dir.remove();
});

const ethora = async (args: string[]) => {
  const run = await runEthora(args, { cwd: dir.path, env });
  expect(withoutSecret(run.stdout + run.stderr)).toBe(true);
  return run;
};

function usersCsv(count: number, prefix = 'user'): string {
  const lines = ['userId,displayName,email'];
  for (let i = 1; i <= count; i++) lines.push(`${prefix}-${i},"Member ${i}, Jr",${prefix}${i}@example.com`);
  return `${lines.join('\n')}\n`;
}

function roomMembers(chatId: string): string[] {
  const app = emulator.state().apps.find((candidate) => candidate.appId === APP_ID);
  return app?.rooms?.find((room) => room.chatId === chatId)?.members ?? [];
}

describe('ethora workspace provision and cleanup', () => {
  it('provisions 1,000 users from a CSV, then finds them all existing on a second run', async () => {
    const file = dir.write('users.csv', usersCsv(1000));
    const first = await ethora(['workspace', 'provision', '--chat', 'ws-big', '--users', file, '--json']);
    expect(first.code).toBe(0);
    const created = JSON.parse(first.stdout) as Summary;
    expect(created).toMatchObject({ room: 'created', bot: 'granted', created: 1000, exists: 0, failed: 0 });
    expect(created.users).toHaveLength(1000);
    expect(created.users[0]).toEqual({ userId: 'user-1', where: 'row 2', status: 'created' });
    // The bot and every user are members of the room.
    expect(roomMembers('ws-big')).toHaveLength(1001);
    console.info(`provisioned 1,000 users in ${created.durationMs} ms`);

    const again = await ethora(['workspace', 'provision', '--chat', 'ws-big', '--users', file, '--json']);
    expect(again.code).toBe(0);
    const second = JSON.parse(again.stdout) as Summary;
    expect(second).toMatchObject({ room: 'exists', created: 0, exists: 1000, failed: 0, granted: 1000 });
    expect(second.users.every((user) => user.status === 'exists')).toBe(true);
    expect(roomMembers('ws-big')).toHaveLength(1001);
  });

  it('lists the workspace members on every page, as CSV that provision reads back', async () => {
    const csv = await ethora(['users', 'list', '--chat', 'ws-big', '--csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('userId,displayName,email');
    expect(lines).toHaveLength(1002);
    expect(lines).toContain('user-7,"Member 7, Jr",user7@example.com');

    const listed = await ethora(['users', 'list', '--json']);
    const users = JSON.parse(listed.stdout) as { userId: string }[];
    expect(users.map((user) => user.userId)).toContain('user-1000');
    expect(users).toHaveLength(1001);
  });

  it('stops quietly when the reader of its output closes the pipe early', async () => {
    const run = await runEthora(['-c', `"${process.execPath}" "${BIN}" users list | head -2`], {
      cwd: dir.path,
      env,
      shell: true,
    });
    expect(run.stdout.split('\n')[0]).toMatch(/^USER ID +NAME +EMAIL$/);
    expect(run.stderr).toBe('');
  });

  it('lists rooms and apps, never with an app secret', async () => {
    const rooms = JSON.parse((await ethora(['rooms', 'list', '--json'])).stdout) as Record<string, unknown>[];
    expect(rooms).toEqual([expect.objectContaining({ chatId: 'ws-big', members: 1001 })]);
    const table = await ethora(['rooms', 'list']);
    expect(table.stdout.split('\n')[0]).toMatch(/^CHAT ID +TITLE +TYPE +MEMBERS +CREATED$/);
    const apps = await ethora(['apps', 'list', '--json']);
    expect(apps.code).toBe(0);
    expect(apps.stdout).not.toMatch(/secret|appToken/i);
  });

  it('reports bad rows with their row number and reason, provisions the others and exits 2', async () => {
    const file = dir.write(
      'mixed.csv',
      [
        'userId,displayName,email',
        'carol,Carol King,carol@example.com',
        'bad id,Bad Row,bad@example.com',
        'dave,Dave,not-an-email',
        ',No Id,noid@example.com',
        'erin,Erin,erin@example.com,extra',
        'carol,Carol Again,carol2@example.com',
        'frank,Frank Ocean,frank@example.com',
        '',
      ].join('\n'),
    );
    const run = await ethora([
      'workspace',
      'provision',
      '--chat',
      'ws-mixed',
      '--users',
      file,
      '--title',
      'Mixed',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Users: 2 created, 0 exist, 5 failed');
    const failures = run.stdout.split('\n').filter((line) => line.startsWith('✘'));
    expect(failures).toEqual([
      expect.stringMatching(/^✘ row 3 bad id: userId "bad id" cannot be part of an XMPP name/),
      expect.stringMatching(/^✘ row 4 dave: email: must be an e-mail address.*got "not-an-email"$/),
      '✘ row 5: userId is empty',
      '✘ row 6: has 4 fields, the header has 3',
      '✘ row 7 carol: userId "carol" repeats row 2',
    ]);
    expect(roomMembers('ws-mixed').sort()).toEqual(['bot', 'carol', 'frank']);
  });

  it('reads a JSON array of ids and objects, and checks the file without changing anything on --dry-run', async () => {
    const file = dir.write(
      'users.json',
      JSON.stringify(['gina', { userId: 'hank', displayName: 'Hank Hill' }, 'carol']),
    );
    const dry = await ethora([
      'workspace',
      'provision',
      '--chat',
      'ws-json',
      '--users',
      file,
      '--dry-run',
      '--json',
    ]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      room: 'create',
      create: 2,
      exists: 1,
      failed: 0,
    });
    expect(roomMembers('ws-json')).toEqual([]);

    const run = await ethora(['workspace', 'provision', '--chat', 'ws-json', '--users', file, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 2, exists: 1, failed: 0 });
  });

  it('cleans up the room and the users of the file, and says what was already gone on a second run', async () => {
    const file = dir.write('users.csv', usersCsv(1000));
    const run = await ethora(['workspace', 'cleanup', '--chat', 'ws-big', '--users', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ room: 'deleted', deleted: 1000, notFound: 0, failed: 0 });
    const rooms = JSON.parse((await ethora(['rooms', 'list', '--json'])).stdout) as { chatId: string }[];
    expect(rooms.map((room) => room.chatId)).not.toContain('ws-big');

    const again = await ethora(['workspace', 'cleanup', '--chat', 'ws-big', '--users', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Room 65f1c2a9e4b0a1b2c3d4e5f6_ws-big: already gone.');
    expect(again.stdout).toContain(
      'Users: 1000 ids in 10 delete requests: 0 deleted, 10 found none of theirs; 0 rows',
    );
  });

  it('fails with one line for an unreadable file and for a CSV without a userId column', async () => {
    const missing = await ethora(['workspace', 'provision', '--chat', 'ws-x', '--users', 'nowhere.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^✘ Cannot read the users file nowhere\.csv \(ENOENT\)\. Fix: .*\n$/);
    const header = dir.write('header.csv', 'id,name\nx,y\n');
    const bad = await ethora(['workspace', 'provision', '--chat', 'ws-x', '--users', header]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('the header row has unknown column "id", "name"');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects bad options as usage errors before anything is sent', async () => {
    const file = dir.write('one.csv', 'userId\nzed\n');
    const concurrency = await ethora([
      'workspace',
      'provision',
      '--chat',
      'ws-y',
      '--users',
      file,
      '--concurrency',
      '99',
    ]);
    expect(concurrency.code).toBe(64);
    expect(concurrency.stderr).toContain('--concurrency');
    const chat = await ethora(['workspace', 'provision', '--chat', 'a b', '--users', file]);
    expect(chat.code).toBe(64);
    expect(chat.stderr).toContain('--chat');
    expect(roomMembers('ws-y')).toEqual([]);
  });
});
