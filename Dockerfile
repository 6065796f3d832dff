# The app for a user's own server (not built in CI here: Docker does not run on these machines).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build

FROM node:20-bookworm-slim
WORKDIR /app
# Production starts on an empty database (DEMO_DATA off unless set); the seeder stays in the image only
# because tsx, which runs the app, is a development dependency too.
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
COPY --from=build /app /app
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "apps/api/src/main.ts"]
