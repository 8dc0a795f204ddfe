/**
 * A JavaScript expression, for a child process's exit hook, that gives its own peak resident set size
 * in kB. On Linux that is `VmHWM` in /proc/self/status, which starts again at `exec`.
 * `process.resourceUsage().maxRSS` does not: the kernel carries the forked parent's resident size into
 * it, so a child of a bench process that has grown to 200 MB reads 200 MB however little it uses itself.
 * It is the fallback where there is no /proc. The expression needs `readFileSync` in scope, and has no
 * `?`, `#` or `"`, so it can go into a data: URL and a double-quoted string.
 */
export const PEAK_RSS_KB_EXPRESSION =
  "(()=>{let kB=NaN;try{kB=Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status','utf8'))[1])}catch{}return kB>0&&kB||process.resourceUsage().maxRSS})()";
