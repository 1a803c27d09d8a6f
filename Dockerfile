# Build: mvn -DskipTests package && docker build -t anju .
# Run:   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=prod -e ANJU_DB_URL=jdbc:postgresql://db:5432/anju \
#          -e ANJU_DB_USER=anju -e ANJU_DB_PASSWORD=... -e ANJU_CRYPTO_KEYS=k1=... -e ANJU_CRYPTO_ACTIVE_KEY=k1 \
#          -e ANJU_CRYPTO_HASH_KEY=... anju
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends fonts-droid-fallback && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /opt/anju anju && mkdir -p /opt/anju/data && chown anju /opt/anju/data
WORKDIR /opt/anju
COPY target/anju-*.jar /opt/anju/anju.jar
USER anju
ENV ANJU_DATA_DIR=/opt/anju/data JAVA_OPTS="-Xmx1g -Duser.timezone=Asia/Shanghai"
EXPOSE 8080
HEALTHCHECK CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/anju/anju.jar"]
