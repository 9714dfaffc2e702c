package dev.opsflow.shared.objectstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Both object stores keep the same contract: the file store on disk, the S3 store against S3Mock over HTTP. */
class ObjectStoresTest {
  @RegisterExtension
  static final S3MockExtension S3 = S3MockExtension.builder().silent().withSecureConnection(false).withInitialBuckets("opsflow-objects").build();

  @TempDir Path dir;

  @Test
  void fileStore_putGetExists_andRefusesKeysThatEscape() {
    contract(new FileObjectStore(dir));
    assertThatThrownBy(() -> new FileObjectStore(dir).put("../etc/passwd", new byte[1], null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("inbound/email/x/1-a.txt")).exists();
  }

  @Test
  void s3Store_putGetExists_overTheS3Protocol() {
    S3Client client = S3Client.builder()
        .endpointOverride(URI.create(S3.getServiceEndpoint().replace("https:", "http:")))
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    S3ObjectStore store = new S3ObjectStore(client, "opsflow-objects", "node-1/");
    contract(store);
    assertThat(client.headObject(b -> b.bucket("opsflow-objects").key("node-1/inbound/email/x/1-a.txt")).contentType()).isEqualTo("text/plain");
  }

  private static void contract(ObjectStore store) {
    // GIVEN an object written under a key
    StoredObject stored = store.put("inbound/email/x/1-a.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain");
    // THEN it reads back, exists, and a missing key is ObjectNotFoundException
    assertThat(stored).isEqualTo(new StoredObject("inbound/email/x/1-a.txt", "text/plain", 5));
    assertThat(store.get("inbound/email/x/1-a.txt")).asString(StandardCharsets.UTF_8).isEqualTo("hello");
    assertThat(store.exists("inbound/email/x/1-a.txt")).isTrue();
    assertThat(store.exists("inbound/email/x/none")).isFalse();
    assertThatThrownBy(() -> store.get("inbound/email/x/none")).isInstanceOf(ObjectNotFoundException.class);
    // AND writing the key again replaces the object
    store.put("inbound/email/x/1-a.txt", "again".getBytes(StandardCharsets.UTF_8), "text/plain");
    assertThat(store.get("inbound/email/x/1-a.txt")).asString(StandardCharsets.UTF_8).isEqualTo("again");
  }
}
