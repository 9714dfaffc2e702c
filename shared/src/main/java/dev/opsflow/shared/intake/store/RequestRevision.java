package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One version of a request's record: who made it, why, and when. Revision 1 is the first record stored. */
public record RequestRevision(
    String requestId, int revision, ObjectNode record, Actor changedBy, String reason, Instant at) {}
