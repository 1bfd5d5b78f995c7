#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster and prints the test database URL on stdout.
set -euo pipefail
ver=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
run() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
run "psql -qtc \"SELECT 1 FROM pg_roles WHERE rolname='remiss'\" | grep -q 1 || psql -qc \"CREATE ROLE remiss LOGIN SUPERUSER PASSWORD 'remiss'\"" >/dev/null
run "psql -qtc \"SELECT 1 FROM pg_database WHERE datname='remiss_test'\" | grep -q 1 || createdb -O remiss remiss_test" >/dev/null
echo "postgresql+psycopg://remiss:remiss@127.0.0.1:5432/remiss_test"
