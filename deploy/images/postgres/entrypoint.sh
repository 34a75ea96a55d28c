#!/bin/sh
# First start: a cluster owned by POSTGRES_USER with POSTGRES_PASSWORD, and POSTGRES_DB.
set -eu
: "${POSTGRES_USER:=postgres}" "${POSTGRES_DB:=$POSTGRES_USER}"
mkdir -p "$PGDATA" /run/postgresql
chown -R postgres:postgres "$PGDATA" /run/postgresql
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    printf '%s' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}" > /tmp/pwfile
    chown postgres /tmp/pwfile
    su postgres -c "initdb --username='$POSTGRES_USER' --pwfile=/tmp/pwfile \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 -D '$PGDATA'" >/dev/null
    rm -f /tmp/pwfile
    echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
    su postgres -c "pg_ctl -D '$PGDATA' -o '-c listen_addresses=' -w start" >/dev/null
    if [ "$POSTGRES_DB" != postgres ]; then
        su postgres -c "createdb --username='$POSTGRES_USER' --owner='$POSTGRES_USER' '$POSTGRES_DB'"
    fi
    su postgres -c "pg_ctl -D '$PGDATA' -m fast -w stop" >/dev/null
fi
if [ "$1" = postgres ]; then
    shift
    exec su postgres -c "exec postgres -D '$PGDATA' -c listen_addresses='*' $*"
fi
exec "$@"
