package dev.opsflow.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  @Test
  void resolve_replacesEveryPlaceholderAndKeepsEscapes() {
    String text = "{\"Resource\": \"${score_function_arn}\", \"Literal\": \"$${not_a_placeholder}\"}";
    assertThat(Placeholders.resolve(text, Map.of("score_function_arn", "arn:aws:lambda:r:1:function:x")))
        .isEqualTo("{\"Resource\": \"arn:aws:lambda:r:1:function:x\", \"Literal\": \"${not_a_placeholder}\"}");
    assertThat(Placeholders.names(text)).containsExactly("score_function_arn");
  }

  @Test
  void resolve_missingOrMalformedPlaceholder_isAnErrorNamingIt() {
    assertThatThrownBy(() -> Placeholders.resolve("${missing_bucket_name}", Map.of()))
        .hasMessage("no value for placeholder ${missing_bucket_name}");
    assertThatThrownBy(() -> Placeholders.resolve("${Bad Name}", Map.of()))
        .hasMessageContaining("malformed placeholder ${Bad Name}");
  }
}
