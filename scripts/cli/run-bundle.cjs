// Runs the CLI bundle (dist/cli/main.cjs) with V8's code cache beside it (main.cjs.cache): compiled once
// when the bundle is built, after a warm-up run, so a cold start neither parses nor compiles what the
// first verification needs. A missing, stale (another Node) or damaged cache is ignored by V8 and
// written afresh when the run ends, if the folder allows it.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

const cacheOf = (file) => `${file}.cache`;

function readCache(file) {
  try {
    return readFileSync(cacheOf(file));
  } catch {
    return undefined;
  }
}

function writeCache(script, file) {
  const temporary = `${cacheOf(file)}.${process.pid}`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheOf(file));
  } catch {
    // A read-only install keeps running without a cache.
  }
}

/** Compiles the bundle as CommonJS; `cacheAccepted` says whether V8 took the cached code. */
function compileBundle(file) {
  const cachedData = readCache(file);
  // One line of wrapper, so line numbers in stack traces stay those of the bundle.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  return { script, cacheAccepted: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs the bundle; the cache is (re)written at exit when it was not usable, or when asked. */
function runBundle(file, { writeCacheAtExit = false } = {}) {
  const { script, cacheAccepted } = compileBundle(file);
  if (writeCacheAtExit || !cacheAccepted) process.once('exit', () => writeCache(script, file));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
}

module.exports = { compileBundle, runBundle };

// `node run-bundle.cjs <bundle> <cli args…>`: the build's warm-up run, which writes the cache.
if (require.main === module) {
  const [file] = process.argv.splice(2, 1);
  runBundle(file, { writeCacheAtExit: true });
}
