package dev.opsflow.shared.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExecutionNamesTest {
  @Test
  void cleanIds_areUsedAsTheyAre() {
    // GIVEN ids made of allowed characters WHEN named THEN <channel>-<id>
    assertThat(ExecutionNames.of(Channel.SMS, "SM0123456789abcdef")).isEqualTo("sms-SM0123456789abcdef");
    assertThat(ExecutionNames.of(Channel.WEB, "f3a1-22_x.y")).isEqualTo("web-f3a1-22_x.y");
  }

  @Test
  void idsWithForbiddenCharacters_getACleanPrefixAndAHash_thatKeepThemApart() {
    // GIVEN a Message-ID and two webhook ids that clean to the same text
    String email = ExecutionNames.of(Channel.EMAIL, "CAF=abc+1@mail.example.com");
    String a = ExecutionNames.of(Channel.WEBHOOK, "crm:evt/1");
    String b = ExecutionNames.of(Channel.WEBHOOK, "crm:evt:1");
    // WHEN named THEN only allowed characters, deterministic, and distinct
    assertThat(email).matches("email-CAF_abc_1_mail\\.example\\.com-[0-9a-f]{12}");
    assertThat(a).isNotEqualTo(b).startsWith("webhook-crm_evt_1-");
    assertThat(ExecutionNames.of(Channel.WEBHOOK, "crm:evt/1")).isEqualTo(a);
  }

  @Test
  void longIds_fitIn80Characters() {
    // GIVEN a 200-character id WHEN named THEN at most 80 characters, still unique per id
    String id = "x".repeat(200);
    String name = ExecutionNames.of(Channel.WEBHOOK, id);
    assertThat(name).hasSizeLessThanOrEqualTo(80).matches("[A-Za-z0-9._-]+");
    assertThat(ExecutionNames.of(Channel.WEBHOOK, id + "y")).isNotEqualTo(name);
  }

  @Test
  void contracts_areNamedContractDashId_cleanedLikeMessageIds() {
    // GIVEN a plain contract id and one with a colon (allowed in contract ids, not in execution names)
    // WHEN named
    String plain = ExecutionNames.contract("ctr_1001");
    String colon = ExecutionNames.contract("acme:ctr-7");
    // THEN contract-<id>, or a cleaned prefix and a hash
    assertThat(plain).isEqualTo("contract-ctr_1001");
    assertThat(colon).matches("contract-acme_ctr-7-[0-9a-f]{12}");
  }
}
