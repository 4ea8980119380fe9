import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Says exactly what is missing, and what to do instead, before anything slow starts.
const ALTERNATIVES =
  'Or skip the local server: run Neo4j 5.26 with Docker (docker compose up) or set NEO4J_URI ' +
  '(with NEO4J_USERNAME / NEO4J_PASSWORD) to a server you already have.';

export class MissingPrerequisiteError extends Error {
  override readonly name = 'MissingPrerequisiteError';
}

export async function javaMajorVersion(): Promise<number | null> {
  try {
    // `java -version` prints to stderr: openjdk version "17.0.15" 2025-04-15
    const { stderr, stdout } = await run('java', ['-version']);
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr || stdout);
    if (!match) return null;
    const major = Number(match[1]);
    return major === 1 ? Number(match[2]) : major;
  } catch {
    return null;
  }
}

export async function hasMaven(): Promise<boolean> {
  try {
    await run('mvn', ['-v']);
    return true;
  } catch {
    return false;
  }
}

/** Throws a MissingPrerequisiteError naming what to install when Java ≥ 17 or Maven is absent. */
export async function checkPrerequisites(): Promise<void> {
  const [java, maven] = await Promise.all([javaMajorVersion(), hasMaven()]);
  const problems: string[] = [];
  if (java === null) {
    problems.push(
      'Java is not installed (or not on PATH). Install a JDK 17 or newer, e.g. `apt-get install openjdk-17-jdk-headless` or https://adoptium.net.',
    );
  } else if (java < 17) {
    problems.push(
      `Java ${java} is too old: Neo4j 5.26 needs Java 17 or newer. Install a JDK 17+ and put it first on PATH (or set JAVA_HOME).`,
    );
  }
  if (!maven) {
    problems.push(
      'Maven is not installed (or not on PATH): it fetches Neo4j from Maven Central. Install it, e.g. `apt-get install maven` or https://maven.apache.org.',
    );
  }
  if (problems.length > 0) {
    throw new MissingPrerequisiteError(
      `Cannot start the local Neo4j:\n- ${problems.join('\n- ')}\n${ALTERNATIVES}`,
    );
  }
}
