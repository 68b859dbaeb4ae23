/**
 * The package.json contract of the published construct library . Cheap checks that catch
 * merge mistakes before the slower CI steps (jsii build, consumer test) would: a peer dependency
 * moved back to `dependencies`, a non-jsii runtime library that is not bundled, a devDependency
 * that is not the lowest supported peer version, a `files` entry that would publish sources.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const PEERS = ['cdktf', 'constructs', '@cdktf/provider-aws'];

describe('package.json of the construct library', () => {
  test('cdktf, constructs and the provider are peer dependencies, never dependencies', () => {
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual([...PEERS].sort());
    for (const name of PEERS) expect(pkg.dependencies?.[name]).toBeUndefined();
  });

  test('each peer range is ^<lowest> and the devDependency pins exactly that lowest version', () => {
    for (const name of PEERS) {
      expect(`${name} ${pkg.peerDependencies[name]}`).toBe(`${name} ^${pkg.devDependencies[name]}`);
    }
  });

  test('every runtime dependency is either a jsii module or bundled', () => {
    const bundled: string[] = pkg.bundleDependencies ?? [];
    const notJsii = Object.keys(pkg.dependencies ?? {}).filter((name) => !existsSync(join(ROOT, 'node_modules', name, '.jsii')));
    expect(notJsii.filter((name) => !bundled.includes(name))).toEqual([]);
  });

  test('main/types point into the jsii output and `files` publishes only the build, the bin shims, .jsii, the config schema and docs', () => {
    expect(pkg.main).toBe('lib/src/index.js');
    expect(pkg.types).toBe('lib/src/index.d.ts');
    expect(pkg.jsii.tsconfig).toBe('tsconfig.jsii.json');
    expect(pkg.files).toEqual([
      'bin/',
      'lib/src/**/*.js',
      'lib/src/**/*.d.ts',
      '.jsii',
      'handoff.schema.json',
      'config.schema.json',
      'API.md',
      'README.md',
      'LICENSE',
    ]);
  });

  test('every bin is an executable node script under bin/ (the consumer test starts each from the tarball)', () => {
    expect(pkg.bin['cdktf-redundant-vpn']).toBe('bin/cdktf-redundant-vpn.js');
    expect(pkg.bin['vpn-device-config']).toBe('bin/vpn-device-config.js');
    for (const file of Object.values<string>(pkg.bin)) {
      expect(file).toMatch(/^bin\/[a-z-]+\.js$/);
      expect(readFileSync(join(ROOT, file), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
      expect(statSync(join(ROOT, file)).mode & 0o111).toBe(0o111);
    }
  });

  test('the config loader\'s libraries (the app and vpn-device-config --config read YAML and check the schema) are runtime dependencies, bundled', () => {
    for (const name of ['yaml', '@sinclair/typebox']) {
      expect(pkg.dependencies[name]).toBeDefined();
      expect(pkg.devDependencies[name]).toBeUndefined();
      expect(pkg.bundleDependencies).toContain(name);
    }
  });

  test('registry metadata: semver version, Apache-2.0 with a LICENSE file, a CHANGELOG entry for the version', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(pkg.license).toBe('Apache-2.0');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('Apache License\n                           Version 2.0, January 2004');
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toContain(`## [${pkg.version}]`);
    for (const field of ['name', 'description', 'keywords', 'repository', 'author', 'engines']) expect(pkg[field]).toBeTruthy();
  });
});
