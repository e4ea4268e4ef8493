/**
 * The Node flags the compiled server runs with, as `npm run start:compiled` gives them (package.json; a test
 * checks the two agree): a young generation of 2 MiB per semi-space, not V8's 16, so the server's memory
 * stays bounded under load (bench/results.md). `BENCH_SERVER_FLAGS` replaces them, for comparing.
 */
export const serverNodeFlags = ['--max-semi-space-size=2'];
export const benchServerFlags = () =>
  process.env.BENCH_SERVER_FLAGS === undefined
    ? serverNodeFlags
    : process.env.BENCH_SERVER_FLAGS.split(' ').filter(Boolean);

/**
 * The environment a benchmarked server runs with. The load comes from one IP, far past the per-IP rate
 * limits: measure the server, not the limiter.
 */
export function benchServerEnv(port: number, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ENABLED: 'false',
    ...env,
  };
}
