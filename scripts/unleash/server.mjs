// Starts a real Unleash server (unleash-server 8.2.0) for local development and end-to-end tests.
// Normally started by ../services.sh, which sets NODE_ENV=production, SEND_TELEMETRY=false,
// CHECK_VERSION=false and TZ=UTC. Listens on 127.0.0.1 only.
//
// Environment (all optional):
//   PG_HOST (127.0.0.1)  PG_PORT  PG_USER (unleash)  PG_PASSWORD (unleash)  PG_DATABASE (unleash)
//   UNLEASH_PORT  UNLEASH_PUBLIC_URL (http://127.0.0.1:$UNLEASH_PORT)
//   UNLEASH_ADMIN_PASSWORD   -- password of user "admin", applied on first boot only
//   UNLEASH_ADMIN_TOKEN      -- admin API token, first boot only
// (all set by scripts/services.sh from scripts/settings.env)
//   UNLEASH_LOG_LEVEL (info)
import { start } from 'unleash-server';

const env = process.env;
const port = Number(env.UNLEASH_PORT);

const options = {
    db: {
        host: env.PG_HOST || '127.0.0.1',
        port: Number(env.PG_PORT),
        user: env.PG_USER || 'unleash',
        password: env.PG_PASSWORD || 'unleash',
        database: env.PG_DATABASE || 'unleash',
        ssl: false, // the default ssl object fails against a non-SSL cluster
    },
    server: {
        host: '127.0.0.1',
        port,
        unleashUrl: env.UNLEASH_PUBLIC_URL || `http://127.0.0.1:${port}`,
    },
    authentication: {
        type: 'open-source',
        createAdminUser: true,
        initialAdminUser: {
            username: 'admin',
            password: env.UNLEASH_ADMIN_PASSWORD,
        },
        initApiTokens: [
            {
                secret: env.UNLEASH_ADMIN_TOKEN,
                type: 'admin',
                environment: '*',
                projects: ['*'],
                tokenName: 'local-admin',
            },
        ],
    },
    versionCheck: { enable: false },
    logLevel: env.UNLEASH_LOG_LEVEL || 'info',
};

try {
    await start(options);
    console.log(`unleash listening on http://127.0.0.1:${port} (pid ${process.pid})`);
} catch (err) {
    console.error('unleash failed to start:', err);
    process.exit(1);
}
