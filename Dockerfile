# syntax=docker/dockerfile:1
# The production image: gunicorn + whitenoise on Debian 13 (Python 3.13), PostgreSQL via
# DATABASE_URL. The same image runs the task worker and the scheduler (compose.yaml).
#
# BASE_IMAGE is pinned by digest, so a rebuild gets the same operating system until the pin
# is moved on purpose. To move it (monthly, and for every Debian security update):
#   docker buildx imagetools inspect debian:trixie-slim   # or: skopeo inspect docker://…
# and put the new "Digest" here. Without a registry, bin/compose_check passes a local
# Debian 13 base made by debootstrap (--build-arg BASE_IMAGE=localhost/debian-base:trixie).
ARG BASE_IMAGE=docker.io/library/debian:trixie-slim@sha256:d7e12182ce18b85b93007c1dedf31f2d29e01ccf3182cc4017c709b6259bc132

FROM ${BASE_IMAGE} AS build
# BUILD_CA: the path of a CA bundle mounted into the build, where an intercepting proxy
# stands between the build and PyPI (bin/compose_check mounts the host's). Empty otherwise.
ARG BUILD_CA=
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        python3 python3-venv ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# Exactly the locked versions, each checked against its hash (uv.lock → requirements.lock).
COPY requirements.lock /tmp/requirements.lock
RUN python3 -m venv /venv \
    && if [ -n "$BUILD_CA" ]; then export PIP_CERT="$BUILD_CA"; fi \
    && /venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.lock
WORKDIR /app
COPY . .
# Compiled catalogs and collected, hashed, compressed static files are part of the image.
RUN DJANGO_SETTINGS_MODULE=regionet.settings.dev /venv/bin/python -m core.catalogs compile \
    && DJANGO_SETTINGS_MODULE=regionet.settings.production \
       DJANGO_SECRET_KEY=build-only-not-secret-build-only-not-secret-build-only \
       DJANGO_ALLOWED_HOSTS=build DATABASE_URL=postgres://build/build \
       /venv/bin/python manage.py collectstatic --noinput \
    && find /app -name __pycache__ -prune -exec rm -rf {} +

FROM ${BASE_IMAGE} AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=regionet.settings.production \
    DJANGO_STATIC_ROOT=/app/staticfiles DJANGO_MEDIA_ROOT=/data/media \
    PORT=8000 WEB_CONCURRENCY=2 GUNICORN_THREADS=4 GUNICORN_GRACEFUL_TIMEOUT=8
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        python3 ca-certificates postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 regionet \
    && mkdir -p /data/media && chown regionet /data/media
# Code and dependencies belong to root: the runtime user reads them and cannot change them.
COPY --from=build /venv /venv
COPY --from=build /app /app
WORKDIR /app
USER regionet
EXPOSE 8000
VOLUME ["/data/media"]
# gunicorn finishes running requests within GUNICORN_GRACEFUL_TIMEOUT (8 s) after SIGTERM,
# inside the usual 10 s before a container is killed (compose: stop_grace_period).
STOPSIGNAL SIGTERM
# /healthz answers for any Host (core/health.py), so the probe works whatever
# DJANGO_ALLOWED_HOSTS says.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\", \"8000\")}/healthz', timeout=2)"
CMD ["gunicorn", "regionet.wsgi:application", "--config", "gunicorn.conf.py"]
