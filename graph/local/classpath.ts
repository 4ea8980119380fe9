import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_DIR, NEO4J_POM } from '../project-paths.js';

export interface ClasspathOptions {
  cacheDir?: string;
  onProgress?: (line: string) => void;
}

/**
 * The Neo4j server's classpath, resolved by Maven from graph/neo4j/pom.xml. The first run
 * downloads ~200 jars into ~/.m2 (slow, with progress); later runs read the cached list.
 * The cache key is the POM's hash, so bumping the Neo4j version re-resolves.
 */
export async function resolveClasspath(options: ClasspathOptions = {}): Promise<string> {
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const pom = await readFile(NEO4J_POM, 'utf8');
  const key = createHash('sha256').update(pom).digest('hex').slice(0, 12);
  const cacheFile = join(cacheDir, `neo4j-classpath-${key}.txt`);
  if (existsSync(cacheFile)) {
    const cached = (await readFile(cacheFile, 'utf8')).trim();
    if (cached.length > 0 && cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  await mkdir(cacheDir, { recursive: true });
  const partial = `${cacheFile}.${process.pid}.tmp`;
  options.onProgress?.('Resolving Neo4j 5.26 from Maven Central (first run only; ~150 MB into ~/.m2)…');
  await runMaven(
    ['-B', '-f', NEO4J_POM, 'dependency:build-classpath', `-Dmdep.outputFile=${partial}`],
    options.onProgress,
  );
  await rename(partial, cacheFile);
  return (await readFile(cacheFile, 'utf8')).trim();
}

function runMaven(args: string[], onProgress?: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    let tail: string[] = [];
    const onLine = (line: string) => {
      tail = [...tail.slice(-30), line];
      if (/^\[INFO\] Downloaded from/.test(line) || /^Downloaded from/.test(line)) {
        downloaded++;
        if (downloaded % 25 === 0) onProgress?.(`  … ${downloaded} artifacts downloaded`);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    child.on('error', (error) => fail(new Error(`Could not run Maven (mvn): ${error.message}`)));
    child.on('exit', (code) => {
      if (code === 0) {
        if (downloaded > 0) onProgress?.(`  … done, ${downloaded} artifacts downloaded`);
        done();
      } else {
        fail(
          new Error(
            `Maven could not resolve Neo4j (exit ${code}). Last lines:\n${tail.join('\n')}\n` +
              'Check network access to Maven Central, or set NEO4J_URI to an existing server.',
          ),
        );
      }
    });
  });
}
