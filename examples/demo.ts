/**
 * `pnpm demo`: one workspace's whole chat lifecycle, printed step by step.
 *
 * Without configuration it starts the Ethora emulator (`@ethora/emulator`) with a demo app, so the transcript
 * shows real state: the room it created, the users it listed, the forgiving second delete. `--prism` starts the
 * Prism mock of `spec/ethora.yaml` instead (canned answers). With `ETHORA_CHAT_API_URL`, `ETHORA_CHAT_APP_ID`
 * and `ETHORA_CHAT_APP_SECRET` (and optionally `ETHORA_CHAT_BOT_JID`) set it runs against that API, creating
 * and deleting real records.
 *
 * With ejabberd installed, the emulator mirrors its users and rooms into a throwaway ejabberd, and the demo ends
 * (before the cleanup) with the app's bot posting a welcome message into the workspace's room over XMPP and
 * reading it back from the room's history; without it, the demo says how to get that.
 *
 * Options: `--pause=<ms>` waits between steps (for presenting), `--prism`, `--no-xmpp`. Exit codes: 0 done,
 * 1 failed, 130/143 interrupted (Ctrl-C / SIGTERM). What the demo started is stopped in every case.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createChatRepository, EthoraConfigError, verifyJwtToken } from '@ethora/sdk';
import { formatError, formatResult } from './demo/format.js';
import { roomMessageSteps } from './demo/room-messages.js';
import { type DemoTarget, openTarget } from './demo/target.js';
import { type TracedExchange, tracedFetch } from './demo/traced-fetch.js';
import { type LifecycleStep, runWorkspaceLifecycle, sampleWorkspace } from './workspace-lifecycle.js';

const colors = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (colors ? `\u001b[${code}m${text}\u001b[0m` : text);
const dim = paint(2);
const bold = paint(1);
const green = paint(32);
const red = paint(31);

const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

function pauseFromArgs(args: readonly string[]): number {
  const flag = args.find((arg) => arg.startsWith('--pause='));
  const ms = flag ? Number(flag.slice('--pause='.length)) : 0;
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

function printExchanges(exchanges: readonly TracedExchange[], noneNote?: string): void {
  if (exchanges.length === 0 && noneNote) console.log(dim(`   ${noneNote}`));
  for (const exchange of exchanges) {
    const status = exchange.status === 'failed' ? red('no answer') : String(exchange.status);
    console.log(dim(`   ${exchange.method} ${exchange.path} → ${status} (${exchange.ms} ms)`));
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const args = process.argv.slice(2);
  const pauseMs = pauseFromArgs(args);
  const server = args.includes('--prism') ? 'prism' : 'emulator';
  const serverName = server === 'prism' ? 'the Prism mock of the API' : 'the Ethora emulator';
  const controller = new AbortController();
  let target: DemoTarget | undefined;
  let exitCode = 0;
  let cleanupFailed = false;
  let failedStep: number | undefined;

  const onSignal = (signal: NodeJS.Signals) => {
    exitCode = EXIT_CODES[signal] ?? 1;
    if (controller.signal.aborted) {
      // A second Ctrl-C: stop the local server right away and leave without cleaning up.
      console.log(red('\nStopping now.'));
      void (target?.stop() ?? Promise.resolve()).finally(() => process.exit(exitCode));
      return;
    }
    console.log(red(`\n${signal}: stopping after the current call (press again to stop at once).`));
    controller.abort(new Error(`Interrupted by ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const fetch = tracedFetch();
  try {
    console.log(bold('Ethora SDK demo: one workspace, from creation to cleanup'));
    if (!process.env.ETHORA_CHAT_API_URL?.trim()) console.log(dim(`Starting ${serverName}…`));
    target = await openTarget(process.env, { fetch }, server, !args.includes('--no-xmpp'));
    controller.signal.throwIfAborted();

    const repo = createChatRepository(target.config);
    console.log(`API:    ${target.description}`);
    console.log(`App:    ${repo.config.appId} (secret set, not shown)`);
    console.log(
      `Bot:    ${repo.config.botJid ?? 'none configured (set ETHORA_CHAT_BOT_JID to let a bot in)'}`,
    );
    if (target.kind === 'mock') {
      console.log(
        dim("The mock answers every call with the spec's example, so returned names are the examples'."),
      );
    } else if (target.kind === 'emulator') {
      console.log(
        `XMPP:   ${target.xmpp ? `${target.xmpp.service} (a throwaway ejabberd the emulator mirrors its users and rooms into)` : `none: ${target.xmppNote}`}`,
      );
      console.log(dim('The emulator keeps state: every name and list below is what this run created.'));
      console.log(dim(`In the emulator now: ${target.contents?.()}`));
    }

    let stepNumber = 0;
    const printStep = async (step: LifecycleStep) => {
      stepNumber += 1;
      const failed = step.result instanceof Error;
      if (failed && controller.signal.aborted) cleanupFailed = true;
      else if (failed) failedStep ??= stepNumber;
      console.log(`\n${failed ? red('✗') : green('✓')} ${bold(`${stepNumber}. ${step.title}`)}`);
      console.log(`   ${step.call}`);
      // The messenger's calls go over XMPP: no HTTP exchange to show for them.
      const local = step.call.startsWith('await bot.')
        ? 'over XMPP, no HTTP request'
        : 'no request: computed locally';
      printExchanges(fetch.drain(), local);
      console.log(formatResult(step.result, 3, colors));
      if (typeof step.result === 'string' && step.call.includes('createChatUserJwtToken')) {
        const payload = await verifyJwtToken(step.result, repo.config, { expectedType: 'client' });
        const lifetime = payload.exp === undefined ? 'no expiry' : `valid ${payload.exp - payload.iat} s`;
        console.log(dim(`   signature verified with the app's client key; ${lifetime}`));
      }
      if (pauseMs > 0) await sleep(pauseMs, undefined, { signal: controller.signal }).catch(() => {});
    };

    const workspace = sampleWorkspace();
    const title = workspace.title ?? workspace.workspaceId;
    const result = await runWorkspaceLifecycle(repo, {
      ...workspace,
      ...(target.xmpp
        ? { beforeCleanup: roomMessageSteps(repo, workspace.workspaceId, title, target.xmpp) }
        : {}),
      onStep: printStep,
      signal: controller.signal,
      // A local server's state ends with the demo, and Ctrl-C in a terminal reaches it too: nothing to clean up.
      cleanUpAfterAbort: target.kind === 'api',
    });
    controller.signal.throwIfAborted();
    // Deleting what is gone is not an error: the SDK resolves `{ ok: false, reason }` for the API's 422.
    const again = await repo.deleteChatRoom(workspace.workspaceId);
    await printStep({
      title: 'Delete the room again (it is gone: resolved, not thrown)',
      call: `repo.deleteChatRoom('${workspace.workspaceId}')`,
      result: again,
    });
    if (target.contents) console.log(dim(`\nIn the emulator now: ${target.contents()}`));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      green(
        `\nDone: ${result.steps.length + 1} steps for ${workspace.workspaceId}, everything created was deleted (${seconds} s).`,
      ),
    );
    if (!target.xmpp) {
      const how =
        target.kind === 'emulator'
          ? `Room messages were skipped: ${target.xmppNote}.`
          : target.kind === 'mock'
            ? 'Room messages need the emulator (run without --prism) and ejabberd.'
            : 'Room messages travel over XMPP: examples/room-bot.ts posts and answers in a room of your app.';
      console.log(
        dim(
          `${how} With them the demo ends with the bot posting a welcome message into the room and reading it back.`,
        ),
      );
    }
  } catch (error) {
    printExchanges(fetch.drain());
    if (controller.signal.aborted) {
      let outcome = 'what the run had created was deleted';
      if (target?.kind === 'mock') outcome = 'the mock keeps no state, so there was nothing to clean up';
      else if (target?.kind === 'emulator')
        outcome = "the emulator's state ends with it, so there was nothing to clean up";
      else if (cleanupFailed) outcome = 'some cleanup failed (see above): delete those records by hand';
      console.log(red(`\nInterrupted; ${outcome}.`));
    } else {
      exitCode = 1;
      // A failed step was printed with its error already; anything else is described here.
      const why =
        failedStep === undefined ? `: ${formatError(error)}` : ` at step ${failedStep} (see above).`;
      console.error(red(`\nThe demo failed${why}`));
      if (error instanceof EthoraConfigError) {
        console.error(
          'Set ETHORA_CHAT_API_URL, ETHORA_CHAT_APP_ID and ETHORA_CHAT_APP_SECRET, or unset all three.',
        );
      }
    }
  } finally {
    if (target?.kind === 'mock' || target?.kind === 'emulator') {
      await target.stop();
      const stopped = target.xmpp ? 'Emulator and its ejabberd stopped.' : 'Emulator stopped.';
      console.log(dim(target.kind === 'mock' ? 'Prism mock stopped.' : stopped));
    }
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return exitCode;
}

process.exitCode = await main();
