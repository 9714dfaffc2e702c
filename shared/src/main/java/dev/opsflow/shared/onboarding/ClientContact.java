package dev.opsflow.shared.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The client who signed: the company, the person to onboard, their email and (optional) phone. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientContact(String company, String contactName, String email, String phone) {
  public ClientContact {
    if (company == null || company.isBlank()) {
      throw new IllegalArgumentException("contract.client.company is required");
    }
    if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("contract.client.email must be an email address");
    }
    if (contactName == null || contactName.isBlank()) {
      contactName = company;
    }
  }
}
