package dev.opsflow.shared.reasoning;

import java.util.List;

/** The request field names fixed by the intake contract (snake_case, as in the stored record). */
public final class FieldNames {
  public static final String CUSTOMER_NAME = "customer_name";
  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String ADDRESS = "address";
  public static final String PREFERRED_TIME = "preferred_time";
  public static final String DESCRIPTION = "description";

  /** The contact and scheduling fields every evaluation scores. */
  public static final List<String> SCORED = List.of(CUSTOMER_NAME, PHONE, EMAIL, ADDRESS, PREFERRED_TIME);

  private FieldNames() {}
}
