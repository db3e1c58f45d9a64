// Runs the Redocly CLI with the given arguments. On Node 20 the CLI boxes a deprecation notice ("Node.js 20
// support is ending") into stderr on every run, which buried the output of every build and test run; that one
// box is dropped here, everything else the CLI prints passes through unchanged, and its exit code is kept.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@redocly/cli/package.json'));
const cli = join(packageDir, require('@redocly/cli/package.json').bin.redocly);

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'pipe'],
});

const NOTICE = 'Node.js 20 support is ending';
let box = [];
let blanks = 0; // blank lines held back: they go with the notice if one follows
let afterNotice = false;
const write = (line) => process.stderr.write(`${line}\n`);
const flushBlanks = () => {
  for (; blanks > 0; blanks--) write('');
};

createInterface({ input: child.stderr }).on('line', (line) => {
  // The CLI colours the box when it likes, whatever FORCE_COLOR says: look at the text without the colours.
  const trimmed = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
  if (box.length > 0 || trimmed.startsWith('╔')) {
    box.push(line);
    if (!trimmed.startsWith('╚')) return;
    const text = box.join('\n');
    box = [];
    if (text.includes(NOTICE)) {
      blanks = 0;
      afterNotice = true;
      return;
    }
    flushBlanks();
    write(text);
    return;
  }
  if (trimmed === '') {
    // The blank line the notice leaves after itself goes with it; others wait to see what follows.
    if (afterNotice) afterNotice = false;
    else blanks++;
    return;
  }
  afterNotice = false;
  flushBlanks();
  write(line);
});

child.on('close', (code, signal) => {
  flushBlanks();
  if (box.length > 0) write(box.join('\n'));
  if (signal) process.kill(process.pid, signal);
  else process.exitCode = code ?? 1;
});
