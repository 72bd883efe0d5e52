# dealwire: one image for every command (run, ingest, enrich, sink, topics, feeds, …).
# Build:  docker build -t dealwire .      Run:  docker run --rm dealwire --help
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY schemas schemas
COPY ingest ingest
COPY enrich enrich
COPY sink sink
COPY app app
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/dealwire dealwire \
    && mkdir -p /var/lib/dealwire && chown dealwire /var/lib/dealwire
COPY --from=build /src/app/target/dealwire.jar /opt/dealwire/dealwire.jar
USER dealwire
WORKDIR /var/lib/dealwire
ENV DEALWIRE_DATA_DIR=/var/lib/dealwire \
    DEALWIRE_HTTP_BIND=0.0.0.0
EXPOSE 9464 8480
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/dealwire/dealwire.jar"]
CMD ["--help"]
