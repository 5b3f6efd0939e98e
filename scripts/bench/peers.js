// The tools the benchmark compares brandlint with, installed with npm into a
// folder kept between runs (node_modules/.cache/brandlint-bench/peers):
// textlint with textlint-rule-prh, which checks preferred terms as
// brandlint's lexicon does, and alex, which checks inclusive language as
// brandlint's tone rules do.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Exact versions, so every run compares with the same peers. */
export const PEER_VERSIONS = { textlint: '15.8.0', 'textlint-rule-prh': '6.1.0', alex: '11.0.1' };

export function installPeers(repository) {
  const folder = join(repository, 'node_modules', '.cache', 'brandlint-bench', 'peers');
  const manifest = join(folder, 'package.json');
  const wanted = JSON.stringify({ private: true, dependencies: PEER_VERSIONS }, null, 2);
  if (!existsSync(manifest) || readFileSync(manifest, 'utf8') !== wanted || !existsSync(join(folder, 'node_modules', 'alex'))) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(manifest, wanted);
    console.log(
      `Installing ${Object.entries(PEER_VERSIONS)
        .map(([name, version]) => `${name}@${version}`)
        .join(', ')} into ${folder} …`,
    );
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
      cwd: folder,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (npm.status !== 0) throw new Error('npm install of the peers failed; run `npm run bench` without --peers for brandlint alone.');
  }
  return {
    folder,
    textlint: join(folder, 'node_modules', 'textlint', 'bin', 'textlint.js'),
    alex: join(folder, 'node_modules', 'alex', 'cli.js'),
  };
}

/** textlint with textlint-rule-prh and the dictionary `prhFile` on `paths`. */
export function textlintCommand(peers, configFolder, prhFile, paths) {
  const config = join(configFolder, 'textlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: { prh: { rulePaths: [prhFile] } } }));
  return { script: peers.textlint, args: ['--config', config, '--rules-base-directory', join(peers.folder, 'node_modules'), ...paths], cwd: configFolder };
}

export function alexCommand(peers, cwd, paths) {
  return { script: peers.alex, args: paths, cwd };
}
