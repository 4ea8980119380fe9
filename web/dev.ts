// `npm run dev`: the app server (API + Neo4j, as `npm run serve`) and Vite's dev server with hot
// reload side by side. Open the Vite address it prints; Vite forwards /graphql to the app server
// (API_URL, default http://127.0.0.1:4000). Ctrl-C stops both.
import { type ChildProcess, spawn } from 'node:child_process';

const children: ChildProcess[] = [];

function start(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    console.log(`[dev] ${name} stopped (${signal ?? code}); stopping the rest.`);
    stopAll();
  });
  children.push(child);
}

function stopAll(): void {
  for (const child of children) if (child.exitCode === null && !child.killed) child.kill('SIGTERM');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stopAll);

start('app server', ['--import', 'tsx', 'api/main.ts']);
start('vite', ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts']);
