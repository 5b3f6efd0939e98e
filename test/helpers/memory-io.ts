/** The CLI's input and output in memory, for running commands in-process. */
import type { Io } from '../../src/cli/io.js';

export function memoryIo(cwd: string, stdin = '') {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: async () => stdin,
    cwd,
    env: { NO_COLOR: '1' },
    stdoutIsTty: false,
    stderrIsTty: false,
    stdinIsTty: false,
  };
  return { io, out };
}
