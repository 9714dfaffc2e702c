package dev.opsflow.fn.parseinboundemail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the raw messages of an invocation are: an S3 event's {@code Records[].s3.bucket.name} and {@code
 * .object.key} (URL-encoded, as S3 sends keys), or an SES receipt event's {@code Records[].ses.mail.messageId}
 * under the configured bucket and prefix (the receipt rule's S3 action writes {@code <prefix><messageId>}).
 */
final class RawEmails {
  /** One raw message; {@code fallbackId} identifies it when it has no Message-ID header. */
  record Location(String bucket, String key, String fallbackId) {
    @Override
    public String toString() {
      return "s3://" + bucket + "/" + key;
    }
  }

  private RawEmails() {}

  static List<Location> locations(Map<String, Object> event, String sesBucket, String sesPrefix) {
    List<Location> locations = new ArrayList<>();
    for (Object item : list(event.get("Records"))) {
      Map<String, Object> record = map(item);
      if (record.get("s3") != null) {
        Map<String, Object> s3 = map(record.get("s3"));
        String bucket = text(map(s3.get("bucket")).get("name"));
        String key = URLDecoder.decode(text(map(s3.get("object")).get("key")), StandardCharsets.UTF_8);
        locations.add(new Location(bucket, key, key.substring(key.lastIndexOf('/') + 1)));
      } else if (record.get("ses") != null) {
        if (sesBucket == null || sesBucket.isBlank()) {
          throw new IllegalArgumentException("An SES event needs OPSFLOW_EMAIL_BUCKET (where the receipt rule stores messages)");
        }
        String messageId = text(map(map(record.get("ses")).get("mail")).get("messageId"));
        locations.add(new Location(sesBucket, sesPrefix + messageId, messageId));
      } else {
        throw new IllegalArgumentException("Neither an S3 nor an SES record: " + record.keySet());
      }
    }
    if (locations.isEmpty()) {
      throw new IllegalArgumentException("The event has no Records");
    }
    return locations;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException("Expected an object, got " + value);
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  private static String text(Object value) {
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    throw new IllegalArgumentException("Expected a string, got " + value);
  }
}
