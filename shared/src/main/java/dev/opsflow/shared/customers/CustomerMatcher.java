package dev.opsflow.shared.customers;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties a request to a customer of the built-in CRM: candidates are fetched by E.164 phone, by normalised email
 * and by trigram similarity of name or address, each is scored ({@link MatchScorer}), and the best one at or
 * above the policy's threshold is the match. {@link #matchOrCreate} also keeps the CRM current: a match gains the
 * details it lacked (never overwritten), and a request that matches no one becomes a new customer, once per
 * creation key however often the step is retried.
 */
public final class CustomerMatcher {
  private static final int FUZZY_CANDIDATES = 20;

  private final CustomerStore store;
  private final PhoneNumbers phones;
  private final MatchPolicy policy;

  public CustomerMatcher(CustomerStore store, PhoneNumbers phones, MatchPolicy policy) {
    this.store = store;
    this.phones = phones;
    this.policy = policy;
  }

  /** Finds the customer without changing anything. */
  public MatchResult match(CustomerQuery query) {
    MatchScorer.Probe probe = probe(query);
    List<MatchCandidate> ranked = rank(probe);
    if (!ranked.isEmpty() && ranked.getFirst().score() >= policy.autoMatch()) {
      MatchCandidate best = ranked.getFirst();
      return new MatchResult(best.customerId(), best.score(), best.method(), nearMisses(ranked.subList(1, ranked.size())));
    }
    return new MatchResult(null, ranked.isEmpty() ? 0 : ranked.getFirst().score(), MatchMethod.NONE, nearMisses(ranked));
  }

  /**
   * Matches, then fills the matched customer's blanks from the request, or creates a customer from it when
   * nothing matched and the request names someone (a phone, an email or a name).
   */
  public MatchResult matchOrCreate(CustomerQuery query, String creationKey) {
    MatchScorer.Probe probe = probe(query);
    CustomerDetails details = new CustomerDetails(query.name(), probe.phoneE164(), probe.email(), query.address());
    MatchResult result = match(query);
    if (result.matched()) {
      store.fillBlanks(result.customerId(), details);
      return result;
    }
    if (probe.phoneE164() == null && probe.email() == null && probe.name() == null) {
      return result;
    }
    Customer created = store.create(details, creationKey);
    return new MatchResult(created.id(), 1.0, MatchMethod.CREATED, result.candidates());
  }

  private MatchScorer.Probe probe(CustomerQuery query) {
    return new MatchScorer.Probe(
        phones.toE164(query.phone()).orElse(null),
        EmailAddresses.normalise(query.email()).orElse(null),
        Names.normalise(query.name()),
        Addresses.normalise(query.address()));
  }

  private List<MatchCandidate> rank(MatchScorer.Probe probe) {
    Map<String, Customer> customers = new LinkedHashMap<>();
    store.findByPhone(probe.phoneE164()).forEach(c -> customers.put(c.id(), c));
    if (probe.email() != null) {
      store.findByEmail(probe.email()).forEach(c -> customers.put(c.id(), c));
    }
    String address = probe.address().isEmpty() ? null : probe.address().text();
    store.similar(probe.name(), address, FUZZY_CANDIDATES).forEach(c -> customers.putIfAbsent(c.id(), c));
    return customers.values().stream()
        .map(customer -> MatchScorer.score(probe, customer))
        .sorted(Comparator.comparingDouble(MatchCandidate::score).reversed().thenComparing(MatchCandidate::customerId))
        .toList();
  }

  private List<MatchCandidate> nearMisses(List<MatchCandidate> ranked) {
    return ranked.stream().filter(c -> c.score() >= policy.candidateFloor()).limit(policy.maxCandidates()).toList();
  }
}
