import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY, USAGE } from './args';

/** `--help`: every flag, each with an example. */
export const HELP = `Badge Lens: verify digital badges (Open Badges 0.5–3.0, CLR 2.0, Blockcerts and other W3C verifiable credentials) against their issuers.

${USAGE}

Inputs
  <file>              a baked PNG or SVG, JSON, JWS/JWT text, or an HTML page (scanned like the extension does)
                        badge-lens badge.png cv.html
  <url>               an http(s) URL of a badge image, an assertion, a credential or a web page
                        badge-lens https://badges.example.org/assertions/42.json
  -                   standard input
                        cat credential.json | badge-lens -
  --inputs FILE       read more inputs from FILE, one path (from the current directory) or URL a line;
                      blank lines and lines starting with # are skipped; FILE - reads the list from
                      standard input; repeatable
                        find badges -type f | badge-lens --inputs - --jsonl

Output (one of; the default is a table, coloured only when standard output is a terminal and NO_COLOR is unset)
  --json              one JSON document {"results": [...]}, in input order
                        badge-lens --json badge.png
  --jsonl             one result per line, written as each verification finishes
                        badge-lens --jsonl --inputs list.txt > results.jsonl
  --csv               RFC 4180 CSV with a header row, one row per credential (nested CLR credentials too)
                        badge-lens --csv badges/*.png > report.csv

Verification
  --concurrency N     verify up to N inputs at once (1–${MAX_CONCURRENCY}, default ${DEFAULT_CONCURRENCY})
                        badge-lens --concurrency 16 --inputs list.txt
  --map FROM=TO       fetch URLs starting with FROM from TO instead; identity checks keep the original URL
                      (for issuers testing badges before their site is live); repeatable
                        badge-lens --map https://badges.example.org/=http://127.0.0.1:8080/ badge.png
  --now ISO           evaluate dates as of that instant
                        badge-lens --now 2025-01-01T00:00:00Z badge.png
  --recipient VALUE   check the recipient against an email, URL or telephone number (hashed locally, never sent)
                        badge-lens --recipient ada@example.com badge.png
  --name NAME         whose credentials these should be: each result's recipientMatch (--json, --jsonl) and the
                      CSV's recipient_match compare it with the name the credential was issued to
                        badge-lens --json --name "Ada Lovelace" certificate.json
  --trust FILE        issuers you know: a DCC issuer registry or a JSON list of DIDs and https origins
                      (repeatable); each result gains trust {known, list} in --json and the CSV
  --offline           fetch nothing; what needs the network is reported as could-not-verify
                        badge-lens --offline credential.json
  --anchors           check Blockcerts anchors with two public blockchain explorers (Bitcoin: Blockstream,
                      mempool.space; Ethereum: Blockscout, BlockCypher), which learn the transaction looked up;
                      without it a Blockcerts certificate is could-not-verify
                        badge-lens --anchors diploma.json
  -h, --help          print this help

While several inputs are checked, a progress line is drawn on standard error when it is a terminal.

Exit status: 0 when every result is verified (or nothing was found), 1 when any is not,
2 for bad usage or an unreadable input (one line of reason on standard error).`;
