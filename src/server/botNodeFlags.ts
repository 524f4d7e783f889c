/**
 * The Node.js flags the bot process runs with wherever the product starts it: `npm start`, the App
 * Service startup command (infra/azure.bicep), the bot that local mode starts and the benchmarks.
 * The first two are command lines, not code: test/server/botNodeFlags.test.ts keeps them equal to this.
 *
 * Why a cap: the bot's live heap is about 80 MB after a full collection, under load or not, but uncapped
 * V8 sizes its heap from the machine's memory and lets the resident set climb to about 450 MB under load
 * before it collects. With the old space capped at 160 MB the process stays under 250 MB (bench/memory.ts),
 * and listing 500 configurations costs about 5% more CPU per turn; at 128 MB it costs about 40% more, and
 * at 192 MB the resident set reaches 250 MB.
 *
 * Flags on the command line take precedence over NODE_OPTIONS: to change the cap, change the command.
 *
 * DEP0111 silenced, that code alone: restify loads spdy, whose http-deceiver reads process.binding('http_parser')
 * when loaded, so Node warns twice on every start about code the bot never runs (it serves plain HTTP behind App
 * Service, no HTTP/2 push). Every other warning still shows.
 */
export const BOT_NODE_FLAGS: readonly string[] = ['--max-old-space-size=160', '--disable-warning=DEP0111'];
