# Multi-stage build of the app (API + web) for docker-compose.yml. Neo4j runs in its own
# container there, so this image carries no Java.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY api ./api
COPY graph ./graph
COPY seeds ./seeds
COPY tsconfig.json ./
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "api/main.ts"]
