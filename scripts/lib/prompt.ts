// Terminal prompts for command-line tools: a visible line, and a secret typed without echo.
// When stdin is not a terminal (a pipe, in tests), lines are read from it as they come.
import readline from 'node:readline';

let piped: AsyncIterator<string> | null = null;

async function nextPipedLine(): Promise<string> {
  piped ??= readline.createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const next = await piped.next();
  return next.done ? '' : next.value;
}

export async function askLine(question: string): Promise<string> {
  process.stderr.write(question);
  if (!process.stdin.isTTY) return nextPipedLine();
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) => rl.question('', (answer) => (rl.close(), resolve(answer))));
}

/** Reads a secret in raw mode: nothing is echoed; Backspace edits; Ctrl+C aborts. */
export async function askHidden(question: string): Promise<string> {
  process.stderr.write(question);
  if (!process.stdin.isTTY) return nextPipedLine();
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let secret = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(secret);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') secret = secret.slice(0, -1);
        else secret += char;
      }
    };
    stdin.on('data', onData);
  });
}
