package dev.opsflow.shared.objectstore;

import java.nio.file.Path;
import java.util.Map;

/**
 * Chooses the object store from the environment: {@code OPSFLOW_OBJECT_BUCKET} (S3, with optional {@code
 * OPSFLOW_OBJECT_PREFIX}; the S3 client is built from the Lambda's region and role) or else a directory: {@code
 * OPSFLOW_OBJECT_DIR}, by default {@code objects} under {@code OPSFLOW_DATA_DIR} (default {@code .opsflow/data}).
 */
public final class ObjectStores {
  private ObjectStores() {}

  public static ObjectStore from(Map<String, String> env) {
    String bucket = env.get("OPSFLOW_OBJECT_BUCKET");
    if (bucket != null && !bucket.isBlank()) {
      // Referenced only here, so the S3 SDK is loaded only where a bucket is configured.
      return S3Stores.open(bucket.trim(), env.getOrDefault("OPSFLOW_OBJECT_PREFIX", ""));
    }
    return new FileObjectStore(directory(env));
  }

  /** The local store's directory for {@code env}. */
  public static Path directory(Map<String, String> env) {
    String dir = env.get("OPSFLOW_OBJECT_DIR");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir.trim());
    }
    return Path.of(env.getOrDefault("OPSFLOW_DATA_DIR", ".opsflow/data")).resolve("objects");
  }

  private static final class S3Stores {
    static ObjectStore open(String bucket, String prefix) {
      return new S3ObjectStore(
          software.amazon.awssdk.services.s3.S3Client.builder()
              .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
              .build(),
          bucket,
          prefix);
    }
  }
}
