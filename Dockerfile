# syntax=docker/dockerfile:1
# Multi-stage: build with every dependency from the lockfile, then prune to the
# production ones (which include the Prisma CLI, for `prisma migrate deploy`)
# and run as a non-root user.

FROM node:22-bookworm-slim AS base
# Prisma's CLI detects OpenSSL to pick its schema engine; the slim image has none.
RUN apt-get update \
  && apt-get install -y --no-install-recommends openssl \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app

FROM base AS build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY prisma ./prisma
COPY src ./src
# The web studio (Vue, built by Vite into dist/web, which the API serves at /).
COPY web ./web
RUN npx prisma generate \
  && npx tsc -p tsconfig.build.json \
  && npm run build:web \
  && npm prune --omit=dev --no-audit --no-fund

FROM base AS runtime
# Production: AUTH_MODE defaults to keys, so listening on every address is safe.
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY prisma.config.ts ./
COPY prisma ./prisma
USER node
EXPOSE 8001
# No HEALTHCHECK here: one image runs two roles, chosen by the command (the API
# serves /healthz on PORT, a worker only its metrics port), so a check baked in
# would mark the other role unhealthy. docker-compose.yml gives each service its
# own check; on Kubernetes, use probes on the same endpoints.
CMD ["node", "dist/src/bin/api.js"]
