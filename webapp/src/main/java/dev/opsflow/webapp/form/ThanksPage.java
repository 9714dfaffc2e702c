package dev.opsflow.webapp.form;

import dev.opsflow.webapp.web.Chrome;

/** The confirmation page: the reference the customer can quote. */
public record ThanksPage(Chrome chrome, String reference) {}
