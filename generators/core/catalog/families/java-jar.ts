/** The jar's file name without `.jar`: `mvn package` writes target/function.jar. */
export const JAR_NAME = 'function';

/** The jar `mvn package` builds, with every dependency inside: what s.yaml deploys for each function. */
export const JAVA_JAR = `./target/${JAR_NAME}.jar`;
