# FlowPod image: built from source in a Maven stage, run on a JRE as a non-root user.
#   docker build -t flowpod .
#   docker run -p 8080:8080 -e FLOWPOD_MODE=cluster -e FLOWPOD_DB_URL=... flowpod
# docker-compose.yml builds it and wires every FLOWPOD_* variable (docs/operations.md).

FROM maven:3.9.11-eclipse-temurin-21-noble AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds; tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package

FROM eclipse-temurin:21.0.8_9-jre-noble
# curl for the health check; openssl (already there with ca-certificates) for generate-secrets.sh.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl openssl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system flowpod \
 && useradd --system --gid flowpod --home-dir /opt/flowpod --no-create-home flowpod \
 && mkdir -p /opt/flowpod/data /opt/flowpod/secrets \
 && chown -R flowpod:flowpod /opt/flowpod
WORKDIR /opt/flowpod
COPY --chmod=755 deploy/flowpod/entrypoint.sh deploy/flowpod/generate-secrets.sh /opt/flowpod/bin/
COPY --from=build --chown=flowpod:flowpod /src/app/target/flowpod.jar flowpod.jar
USER flowpod

# Heap cap and other JVM flags; override with -e JAVA_OPTS=...
ENV JAVA_OPTS="-Xmx768m -XX:+ExitOnOutOfMemoryError" \
    FLOWPOD_EMBEDDED_DATA_DIR=/opt/flowpod/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
# Reads FLOWPOD_<NAME>_FILE secrets into FLOWPOD_<NAME>, then runs java $JAVA_OPTS -jar flowpod.jar.
ENTRYPOINT ["/opt/flowpod/bin/entrypoint.sh"]
