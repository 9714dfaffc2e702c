package dev.opsflow.fn.receiveinbound;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.opsflow.shared.ingress.HttpInbound;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A Function URL event (payload format 2.0) as the HTTP request it stands for. */
final class FunctionUrlEvents {
  private FunctionUrlEvents() {}

  static HttpInbound request(APIGatewayV2HTTPEvent event) {
    Map<String, String> headers = new HashMap<>();
    if (event.getHeaders() != null) {
      event.getHeaders().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
    }
    String body = event.getBody();
    byte[] bytes = body == null ? new byte[0]
        : event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
        ? event.getRequestContext().getHttp().getMethod() : "GET";
    return new HttpInbound(method, event.getRawPath() == null ? "/" : event.getRawPath(), event.getRawQueryString(), headers, bytes);
  }
}
