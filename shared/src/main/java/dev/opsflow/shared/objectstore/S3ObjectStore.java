package dev.opsflow.shared.objectstore;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The AWS object store: one S3 bucket (encrypted and versioned by the deployment), objects under their keys,
 * optionally below a prefix. Needs {@code software.amazon.awssdk:s3} on the classpath (optional in shared).
 */
public final class S3ObjectStore implements ObjectStore {
  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  /** {@code prefix} is prepended to every key ({@code ""} for none; otherwise it should end with {@code /}). */
  public S3ObjectStore(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix == null ? "" : prefix;
  }

  public String bucket() {
    return bucket;
  }

  @Override
  public StoredObject put(String key, byte[] bytes, String contentType) {
    String type = contentType == null ? "application/octet-stream" : contentType;
    try {
      s3.putObject(b -> b.bucket(bucket).key(prefix + ObjectKeys.check(key)).contentType(type), RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw new ObjectStoreException("Cannot write s3://" + bucket + "/" + prefix + key + ": " + e.getMessage(), e);
    }
    return new StoredObject(key, contentType, bytes.length);
  }

  @Override
  public byte[] get(String key) {
    try {
      return s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + ObjectKeys.check(key))).asByteArray();
    } catch (NoSuchKeyException e) {
      throw new ObjectNotFoundException("No object s3://" + bucket + "/" + prefix + key, e);
    } catch (SdkException e) {
      throw new ObjectStoreException("Cannot read s3://" + bucket + "/" + prefix + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(prefix + ObjectKeys.check(key)));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw new ObjectStoreException("Cannot check s3://" + bucket + "/" + prefix + key + ": " + e.getMessage(), e);
    } catch (SdkException e) {
      throw new ObjectStoreException("Cannot check s3://" + bucket + "/" + prefix + key + ": " + e.getMessage(), e);
    }
  }
}
