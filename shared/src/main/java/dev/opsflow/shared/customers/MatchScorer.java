package dev.opsflow.shared.customers;

/**
 * Scores one customer against a request. Phone and email are identities: equal means "very likely the same
 * customer" (0.95, 0.99 with both), unless the names clearly disagree (a recycled number, a landlord's email),
 * which drops the score below the match threshold. A household sharing a phone (same surname, same address)
 * still matches. Without an identity, name and address together can match, never a name alone.
 */
final class MatchScorer {
  private static final double IDENTITY = 0.95;
  private static final double BOTH_IDENTITIES = 0.99;
  private static final double NAMES_AGREE = 0.85;
  private static final double NAMES_CONFLICT = 0.7;

  /** The request's side, normalised once. */
  record Probe(String phoneE164, String email, String name, NormalisedAddress address) {}

  private MatchScorer() {}

  static MatchCandidate score(Probe probe, Customer customer) {
    boolean samePhone = probe.phoneE164() != null && probe.phoneE164().equals(customer.phoneE164());
    boolean sameEmail = probe.email() != null
        && probe.email().equals(EmailAddresses.normalise(customer.email()).orElse(null));
    Double name = probe.name() == null || customer.name() == null ? null
        : Names.similarity(probe.name(), Names.normalise(customer.name()));
    Double address = probe.address().isEmpty() || customer.address() == null ? null
        : Addresses.similarity(probe.address(), Addresses.normalise(customer.address()));

    if (samePhone || sameEmail) {
      double score = samePhone && sameEmail ? BOTH_IDENTITIES : IDENTITY;
      if (name != null && name >= NAMES_AGREE) {
        score = Math.min(0.99, score + 0.04);
      } else if (name != null && name < NAMES_CONFLICT && (address == null || address < 0.9)) {
        score = 0.7;
      }
      return new MatchCandidate(customer.id(), customer.name(), score, samePhone ? MatchMethod.PHONE : MatchMethod.EMAIL);
    }
    if (name != null && address != null) {
      double score = 0.4 * name + 0.6 * address;
      if (name < NAMES_AGREE || address < 0.9) {
        score *= 0.85; // both must be close; a strong address cannot carry a different person's name
      }
      return new MatchCandidate(customer.id(), customer.name(), Math.min(score, 0.97), MatchMethod.NAME_ADDRESS);
    }
    double weak = name != null ? 0.6 * name : address != null ? 0.6 * address : 0;
    return new MatchCandidate(customer.id(), customer.name(), weak, MatchMethod.NAME_ADDRESS);
  }
}
