# syntax=docker/dockerfile:1
# The production image: gunicorn + whitenoise, PostgreSQL via DATABASE_URL.

FROM python:3.13-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN python -m venv /venv
COPY pyproject.toml README.md ./
RUN /venv/bin/pip install ".[s3]"
COPY . .
# Compiled catalogs and collected, hashed, compressed static files are part of the image.
RUN DJANGO_SETTINGS_MODULE=regionet.settings.dev /venv/bin/python -m core.catalogs compile \
    && DJANGO_SETTINGS_MODULE=regionet.settings.production \
       DJANGO_SECRET_KEY=build-only-not-secret-build-only-not-secret-build-only \
       DJANGO_ALLOWED_HOSTS=build DATABASE_URL=postgres://build/build \
       /venv/bin/python manage.py collectstatic --noinput

FROM python:3.13-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=regionet.settings.production \
    DJANGO_STATIC_ROOT=/app/staticfiles DJANGO_MEDIA_ROOT=/data/media \
    PORT=8000 WEB_CONCURRENCY=2 GUNICORN_THREADS=4
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 regionet \
    && mkdir -p /data/media && chown regionet /data/media
COPY --from=build /venv /venv
COPY --from=build --chown=regionet /app /app
WORKDIR /app
USER regionet
EXPOSE 8000
VOLUME ["/data/media"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\", \"8000\")}/healthz', timeout=2)"
CMD ["gunicorn", "regionet.wsgi:application", "--config", "gunicorn.conf.py"]
