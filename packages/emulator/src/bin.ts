#!/usr/bin/env node
import { runEmulatorCli } from './index.js';

process.exitCode = await runEmulatorCli(process.argv.slice(2));
