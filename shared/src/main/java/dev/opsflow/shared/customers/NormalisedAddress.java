package dev.opsflow.shared.customers;

/**
 * A street address taken apart for comparison: house {@code number} ("12", "12b"), {@code street} with its
 * type abbreviated ("oak st", "n main ave"), {@code unit} ("4", "b2") and whatever follows ({@code locality}:
 * city, state, zip). Any part may be empty. {@link #text()} is the canonical one-line form that is stored and
 * trigram-indexed.
 */
public record NormalisedAddress(String number, String street, String unit, String locality) {
  public String text() {
    StringBuilder text = new StringBuilder();
    append(text, number);
    append(text, street);
    if (!unit.isEmpty()) {
      append(text, "unit " + unit);
    }
    append(text, locality);
    return text.toString();
  }

  public boolean isEmpty() {
    return number.isEmpty() && street.isEmpty() && unit.isEmpty() && locality.isEmpty();
  }

  private static void append(StringBuilder text, String part) {
    if (!part.isEmpty()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(part);
    }
  }
}
