#!/usr/bin/env bash
# Local PostgreSQL + Unleash (unleash-server 8.2.0) for development and end-to-end tests.
# Everything listens on 127.0.0.1 only; all state lives under $STATE_DIR.
#
# Usage: bash scripts/services.sh COMMAND
#   install          install PostgreSQL (apt) and the Unleash npm packages, only if missing/outdated
#   start [--fresh]  install, start PostgreSQL and Unleash, wait for /health (no-op if already up);
#                    --fresh wipes the database cluster first
#   credentials      print the local Unleash's admin password and admin token (KEY=value lines)
#   stop             stop Unleash, then PostgreSQL (idempotent)
#   start-unleash    start only Unleash (PostgreSQL must be running)
#   stop-unleash     stop only Unleash
#   status           print what runs; exit 0 only if both are up and healthy
#
# Environment (defaults):
#   STATE_DIR=<repo>/.run      cluster in $STATE_DIR/pg, logs and pid file beside it; as root the
#                              default is /tmp/unleash-invite-links-<hash of the clone's path>, which
#                              the "postgres" user can reach. The folder must be a real folder (not
#                              a symlink) owned by the user running this and writable by no one else:
#                              it is made so (mode 0711: "postgres" may pass through to pg/ and
#                              pg-socket/, which it owns) when missing, and refused otherwise, so that
#                              no other local user can plant anything in it for root to follow.
#                              Files are made private (umask 077), the installs excepted.
#   PG_PORT (scripts/settings.env)  PG_USER=unleash  PG_PASSWORD=unleash  PG_DATABASE=unleash
#   PG_BIN=<newest /usr/lib/postgresql/*/bin>
#   UNLEASH_PORT (scripts/settings.env)  UNLEASH_PUBLIC_URL=http://127.0.0.1:$UNLEASH_PORT
#   UNLEASH_ADMIN_PASSWORD, UNLEASH_ADMIN_TOKEN: the password of user "admin" and an admin API token,
#                              made at random for each state folder on its first start and kept in
#                              $STATE_DIR/credentials.env (readable by its owner only); applied on the
#                              first boot of a fresh cluster. Set both to use your own.
#   As root, Unleash runs as the system user UNLEASH_USER=unleash-local (made when missing), never
#   as root; PostgreSQL runs as "postgres".
#   UNLEASH_START_TIMEOUT=90   seconds to wait for /health
#   UNLEASH_LOG_LEVEL=info     log level of Unleash (debug, info, warn, error)
set -euo pipefail
umask 077

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
UNLEASH_DIR=$REPO_DIR/scripts/unleash
# As root, PostgreSQL runs as "postgres", which may not be able to enter the repository (under /root,
# say): root keeps the state under /tmp, one folder per clone, whether or not PostgreSQL is installed yet.
default_state_dir() {
    if [[ $EUID -ne 0 ]]; then
        echo "$REPO_DIR/.run"
    else
        echo "/tmp/unleash-invite-links-$(echo "$REPO_DIR" | md5sum | cut -c1-8)"
    fi
}
STATE_DIR=$(realpath -ms "${STATE_DIR:-$(default_state_dir)}")
PG_DATA=$STATE_DIR/pg
PG_SOCKET_DIR=$STATE_DIR/pg-socket
PG_LOG=$STATE_DIR/postgres.log
UNLEASH_LOG=$STATE_DIR/unleash.log
UNLEASH_PID_FILE=$STATE_DIR/unleash.pid
CREDENTIALS_FILE=$STATE_DIR/credentials.env
UNLEASH_USER=${UNLEASH_USER:-unleash-local}

source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"
export PG_HOST=127.0.0.1
export PG_USER=${PG_USER:-unleash}
export PG_PASSWORD=${PG_PASSWORD:-unleash}
export PG_DATABASE=${PG_DATABASE:-unleash}
export UNLEASH_PUBLIC_URL=${UNLEASH_PUBLIC_URL:-http://127.0.0.1:$UNLEASH_PORT}
UNLEASH_START_TIMEOUT=${UNLEASH_START_TIMEOUT:-90}

log() { echo "services: $*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------- install

# Installs under umask 022: apt's and npm's files must stay readable by others ("postgres" included).
install() {
    local previous_umask missing=()
    previous_umask=$(umask)
    umask 022
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
    command -v curl >/dev/null || missing+=(curl)
    command -v node >/dev/null || missing+=(nodejs npm)
    if ((${#missing[@]})); then
        [[ $EUID -eq 0 ]] || die "missing ${missing[*]}; run as root or install them with apt-get"
        log "installing ${missing[*]} (apt)"
        # Debian would otherwise create and start a cluster of its own on port 5432.
        mkdir -p /etc/postgresql-common
        grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf ||
            echo 'create_main_cluster = false' >>/etc/postgresql-common/createcluster.conf
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' ||
        die "unleash-server 8.2 needs Node.js >= 20.19; this is $(node --version)"
    local marker=$UNLEASH_DIR/node_modules/.package-lock.json
    if [[ ! -f $marker || $UNLEASH_DIR/package-lock.json -nt $marker ]]; then
        log "installing unleash-server (npm ci)"
        (cd "$UNLEASH_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    fi
    umask "$previous_umask"
}

pg_bin() {
    if [[ -n ${PG_BIN:-} ]]; then echo "$PG_BIN"; return; fi
    local dirs
    dirs=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    [[ -x $dirs/initdb ]] || die "no PostgreSQL binaries under /usr/lib/postgresql"
    echo "$dirs"
}

# ---------------------------------------------------------------- PostgreSQL

# initdb and the server refuse to run as root: run them as "postgres" when we are root.
as_postgres() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@" 9>&-)
    else
        "$@" 9>&-
    fi
}

pg_running() {
    [[ -f $PG_DATA/PG_VERSION ]] && as_postgres "$(pg_bin)/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

pg_init() {
    log "creating PostgreSQL cluster in $PG_DATA"
    mkdir -p "$PG_DATA" "$PG_SOCKET_DIR"
    chmod 700 "$PG_DATA"
    if [[ $EUID -eq 0 ]]; then
        chown postgres:postgres "$PG_DATA" "$PG_SOCKET_DIR"
        as_postgres test -w "$PG_DATA" ||
            die "user postgres cannot reach $PG_DATA (a parent directory is not world-executable); set STATE_DIR"
    fi
    as_postgres "$(pg_bin)/initdb" -D "$PG_DATA" -U postgres -E UTF8 --no-locale --no-sync \
        --auth-local=peer --auth-host=scram-sha-256 >"$STATE_DIR/initdb.log" 2>&1 ||
        { cat "$STATE_DIR/initdb.log" >&2; die "initdb failed"; }
    as_postgres tee -a "$PG_DATA/postgresql.conf" >/dev/null <<'EOF'

# --- added by scripts/services.sh: throwaway test cluster ---
fsync = off
synchronous_commit = off
full_page_writes = off
listen_addresses = '127.0.0.1'
include_if_exists = 'services-run.conf'
EOF
}

pg_start() {
    [[ -f $PG_DATA/PG_VERSION ]] || pg_init
    if pg_running; then return; fi
    mkdir -p "$PG_SOCKET_DIR"
    touch "$PG_LOG"
    if [[ $EUID -eq 0 ]]; then chown postgres:postgres "$PG_SOCKET_DIR" "$PG_LOG"; fi
    # Port and socket follow the environment of each start. Written as "postgres" (tee), since pg/ is
    # its folder: root would follow a symlink planted there.
    printf "port = %d\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\n" \
        "$PG_PORT" "$PG_SOCKET_DIR" | as_postgres tee "$PG_DATA/services-run.conf" >/dev/null
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_postgres "$(pg_bin)/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t 60 >/dev/null ||
        { tail -n 30 "$PG_LOG" >&2; die "PostgreSQL did not start"; }
}

# Creates the Unleash role and database when missing.
pg_setup_db() {
    as_postgres "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" \
        -U postgres -d postgres -v user="$PG_USER" -v pw="$PG_PASSWORD" -v db="$PG_DATABASE" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
}

pg_stop() {
    if pg_running; then
        log "stopping PostgreSQL"
        as_postgres "$(pg_bin)/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >/dev/null
    fi
}

# ---------------------------------------------------------------- credentials

# The admin password and token: the environment's when it sets both, else this state folder's,
# made at random on its first start (only its owner can read them; the folder is its owner's alone).
load_credentials() {
    if [[ -n ${UNLEASH_ADMIN_PASSWORD:-} && -n ${UNLEASH_ADMIN_TOKEN:-} ]]; then return; fi
    if [[ ! -f $CREDENTIALS_FILE ]]; then
        [[ -L $CREDENTIALS_FILE ]] && die "refusing $CREDENTIALS_FILE: it is a symlink"
        local password token
        password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
        token="*:*.$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
        printf 'UNLEASH_ADMIN_PASSWORD=%s\nUNLEASH_ADMIN_TOKEN=%s\n' "$password" "$token" >"$CREDENTIALS_FILE.new"
        chmod 600 "$CREDENTIALS_FILE.new"
        mv "$CREDENTIALS_FILE.new" "$CREDENTIALS_FILE"
        log "made an admin password and token for this install: $CREDENTIALS_FILE"
    fi
    local key value
    while IFS='=' read -r key value; do
        case $key in
            UNLEASH_ADMIN_PASSWORD | UNLEASH_ADMIN_TOKEN) export "$key=$value" ;;
        esac
    done <"$CREDENTIALS_FILE"
    [[ -n ${UNLEASH_ADMIN_PASSWORD:-} && -n ${UNLEASH_ADMIN_TOKEN:-} ]] ||
        die "$CREDENTIALS_FILE lacks UNLEASH_ADMIN_PASSWORD or UNLEASH_ADMIN_TOKEN; remove it and start with --fresh"
}

# ---------------------------------------------------------------- Unleash

# As root, the user Unleash runs as: a system user without a shell or home, made when missing.
unleash_user() {
    if ! id -u "$UNLEASH_USER" >/dev/null 2>&1; then
        log "adding the system user $UNLEASH_USER, for Unleash"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$UNLEASH_USER"
    fi
}

# Whether $UNLEASH_USER can read the Unleash launcher and its packages in folder $1.
unleash_user_reads() {
    setpriv --reuid="$UNLEASH_USER" --regid="$UNLEASH_USER" --init-groups \
        test -r "$1/server.mjs" -a -r "$1/node_modules/unleash-server/package.json"
}

# The folder Unleash runs from: the project's, or, when its user cannot read the clone (a private
# folder such as mktemp's), a copy in the state folder, made again when the project's is newer.
unleash_run_dir() {
    if unleash_user_reads "$UNLEASH_DIR"; then
        echo "$UNLEASH_DIR"
        return
    fi
    local copy=$STATE_DIR/unleash-app
    if [[ ! -f $copy/.copied || $UNLEASH_DIR/package-lock.json -nt $copy/.copied ||
        $UNLEASH_DIR/server.mjs -nt $copy/.copied ]]; then
        log "user $UNLEASH_USER cannot read $UNLEASH_DIR: copying Unleash to $copy"
        rm -rf "$copy"
        (umask 022 && mkdir "$copy" &&
            cp -r "$UNLEASH_DIR/server.mjs" "$UNLEASH_DIR/package.json" "$UNLEASH_DIR/node_modules" "$copy/" &&
            chmod -R a+rX "$copy" && touch "$copy/.copied")
    fi
    unleash_user_reads "$copy" || die "user $UNLEASH_USER cannot read $copy either"
    echo "$copy"
}

unleash_pid() {
    local pid
    pid=$(cat "$UNLEASH_PID_FILE" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] && grep -qa 'server.mjs' "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

unleash_healthy() {
    [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$UNLEASH_PORT/health") == 200 ]]
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

unleash_start() {
    if unleash_pid >/dev/null; then
        unleash_wait
        return
    fi
    pg_running || die "PostgreSQL is not running; use: $0 start"
    port_in_use "$UNLEASH_PORT" && die "port $UNLEASH_PORT is taken by another process"
    log "starting Unleash on 127.0.0.1:$UNLEASH_PORT (log: $UNLEASH_LOG)"
    echo "=== services.sh: starting Unleash $(date -u +%FT%TZ)" >>"$UNLEASH_LOG"
    # setsid: own session, so closing a terminal does not stop it; 9>&- drops the state lock. As
    # root, setpriv runs it as $UNLEASH_USER (exec all the way down: the PID is node's).
    local as_user=() run_dir=$UNLEASH_DIR
    if [[ $EUID -eq 0 ]]; then
        unleash_user
        run_dir=$(unleash_run_dir)
        as_user=(setpriv --reuid="$UNLEASH_USER" --regid="$UNLEASH_USER" --init-groups)
    fi
    (cd "$run_dir" && NODE_ENV=production SEND_TELEMETRY=false CHECK_VERSION=false TZ=UTC HOME=/nonexistent \
        exec setsid "${as_user[@]}" node server.mjs >>"$UNLEASH_LOG" 2>&1 </dev/null 9>&-) &
    echo $! >"$UNLEASH_PID_FILE"
    unleash_wait
}

# The last 80 lines of the log since the latest start, without colour codes.
unleash_log_tail() {
    awk '/^=== services.sh: starting Unleash/ { n = 0 } { buf[n++] = $0 }
         END { for (i = (n > 80 ? n - 80 : 0); i < n; i++) print buf[i] }' "$UNLEASH_LOG" |
        sed 's/\x1b\[[0-9;]*m//g' >&2
}

unleash_wait() {
    local deadline=$((SECONDS + UNLEASH_START_TIMEOUT))
    until unleash_healthy; do
        if ! unleash_pid >/dev/null; then
            unleash_log_tail
            die "Unleash exited during start-up"
        fi
        if ((SECONDS >= deadline)); then
            unleash_log_tail
            unleash_stop
            die "Unleash did not answer /health within ${UNLEASH_START_TIMEOUT}s"
        fi
        sleep 0.25
    done
}

unleash_stop() {
    local pid i
    if pid=$(unleash_pid); then
        log "stopping Unleash (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$UNLEASH_PID_FILE"
}

# ---------------------------------------------------------------- commands

# The state folder, made (0711: "postgres" may pass through, nobody else may list or write) when
# missing; refused when it is a symlink, someone else's, or writable by others. mkdir without -p
# fails when someone made it between the test and the mkdir; /tmp's sticky bit keeps a checked
# folder of root's from being swapped afterwards.
prepare_state_dir() {
    if [[ ! -e $STATE_DIR && ! -L $STATE_DIR ]]; then
        (umask 022 && mkdir -p "$(dirname "$STATE_DIR")") # parents "postgres" can pass through
        mkdir -m 0711 "$STATE_DIR" || die "could not make $STATE_DIR (did someone else just make it?)"
    fi
    local problem=""
    if [[ -L $STATE_DIR ]]; then
        problem="it is a symlink (to $(readlink "$STATE_DIR"))"
    elif [[ ! -d $STATE_DIR ]]; then
        problem="it is not a folder"
    elif [[ $(stat -c %u "$STATE_DIR") != "$EUID" ]]; then
        problem="it belongs to user $(stat -c %U "$STATE_DIR"), not to $(id -un)"
    elif [[ -n $(find "$STATE_DIR" -maxdepth 0 -perm /022) ]]; then
        problem="others can write to it (mode $(stat -c %a "$STATE_DIR"))"
    fi
    [[ -z $problem ]] ||
        die "refusing the state folder $STATE_DIR: $problem. Remove it (rm -r '$STATE_DIR', after a look at what is in it), or set STATE_DIR to a folder of your own"
    chmod 0711 "$STATE_DIR"
}

lock_state() {
    prepare_state_dir
    exec 9>"$STATE_DIR/.lock"
    flock -w 120 9 || die "another services.sh is busy with $STATE_DIR"
}

print_info() {
    cat <<EOF
Unleash:     $UNLEASH_PUBLIC_URL  (listening on http://127.0.0.1:$UNLEASH_PORT)
Sign in:     admin / $UNLEASH_ADMIN_PASSWORD
Admin token: Authorization: $UNLEASH_ADMIN_TOKEN
PostgreSQL:  postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE
(made for this install, in $CREDENTIALS_FILE; again with: bash scripts/services.sh credentials)
EOF
}

cmd_start() {
    local fresh=false
    case ${1:-} in
        --fresh) fresh=true ;;
        "") ;;
        *) die "unknown option: $1" ;;
    esac
    lock_state
    install
    if [[ -f $PG_DATA/PG_VERSION && ! -f $CREDENTIALS_FILE && -z ${UNLEASH_ADMIN_TOKEN:-} ]]; then
        log "the cluster in $PG_DATA was made with the old well-known admin password: starting afresh"
        fresh=true
    fi
    load_credentials
    if $fresh; then
        unleash_stop
        pg_stop
        log "wiping $PG_DATA"
        rm -rf "$PG_DATA" "$UNLEASH_LOG"
    elif pg_running && unleash_pid >/dev/null && unleash_healthy; then
        log "already running"
        print_info
        return
    fi
    pg_start
    pg_setup_db
    unleash_start
    print_info
}

cmd_status() {
    local ok=0 pid
    if pg_running; then
        echo "postgres: running (pid $(head -n 1 "$PG_DATA/postmaster.pid"), 127.0.0.1:$PG_PORT, $PG_DATA)"
    else
        echo "postgres: stopped"; ok=1
    fi
    if pid=$(unleash_pid); then
        if unleash_healthy; then echo "unleash:  running (pid $pid, http://127.0.0.1:$UNLEASH_PORT, healthy)"
        else echo "unleash:  running (pid $pid) but /health does not answer 200"; ok=1; fi
    else
        echo "unleash:  stopped"; ok=1
    fi
    return $ok
}

# The comment at the top of this file, from its second line to the first that is not a comment.
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"; }

main() {
    local cmd=${1:-}
    shift || true
    case $cmd in
        install) install ;;
        start) cmd_start "$@" ;;
        stop) lock_state; unleash_stop; pg_stop ;;
        start-unleash) lock_state; install; load_credentials; unleash_start; print_info ;;
        credentials) lock_state; load_credentials
            printf 'UNLEASH_ADMIN_PASSWORD=%s\nUNLEASH_ADMIN_TOKEN=%s\n' "$UNLEASH_ADMIN_PASSWORD" "$UNLEASH_ADMIN_TOKEN" ;;
        stop-unleash) lock_state; unleash_stop ;;
        status) cmd_status ;;
        *) usage; [[ $cmd == -h || $cmd == --help ]] ;;
    esac
}

main "$@"
