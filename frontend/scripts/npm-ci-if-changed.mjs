// Runs `npm ci` unless node_modules was installed by `npm ci` from this very package.json,
// package-lock.json and Node version (a stamp in node_modules records that). `npm ci` starts by
// deleting node_modules, so an interrupted install leaves no stamp and the next build installs again.
// The Maven build calls this (npm run deps); a fresh clone always gets a full `npm ci`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stampFile = 'node_modules/.npm-ci-stamp';
const hash = createHash('sha256');
for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
  if (existsSync(file)) hash.update(file).update(readFileSync(file));
}
hash.update(process.version).update(process.platform).update(process.arch);
const expected = hash.digest('hex');

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === expected) {
  console.log('node_modules matches package-lock.json: npm ci not needed');
  process.exit(0);
}

const npmCli = process.env.npm_execpath;
const [command, args] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
const result = spawnSync(command, [...args, 'ci', '--prefer-offline', '--no-audit', '--no-fund'], {
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, `${expected}\n`);
