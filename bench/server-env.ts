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
