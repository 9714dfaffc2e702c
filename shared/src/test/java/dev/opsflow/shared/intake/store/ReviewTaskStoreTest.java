package dev.opsflow.shared.intake.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewTaskStoreTest {
  private final ReviewTaskStore tasks = new ReviewTaskStore(TestPostgres.dataSource());
  private final RequestStore requests = new RequestStore(TestPostgres.dataSource());

  @BeforeEach
  void oneRequest() {
    TestPostgres.truncate("requests", "request_revisions", "review_tasks");
    requests.create(Requests.sms("SM1", "+15551234567", "Leak", Instant.parse("2026-11-21T10:00:00Z")), Actor.system("ingress"));
  }

  @Test
  void retriedWaitingState_keepsOneTask_withTheNewToken() {
    // GIVEN a review task opened by the first attempt of the waiting state
    ReviewTask first = tasks.open(new NewReviewTask("req-SM1", ReviewTaskKind.REVIEW, "token-1", List.of("address"), null, "exec#ReviewRequest"));

    // WHEN the state is retried and Step Functions hands the Lambda a new token
    ReviewTask second = tasks.open(new NewReviewTask("req-SM1", ReviewTaskKind.REVIEW, "token-2", List.of("address"), null, "exec#ReviewRequest"));

    // THEN there is one task and it answers to the new token
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.taskToken()).isEqualTo("token-2");
    assertThat(second.missingFields()).containsExactly("address");
    assertThat(tasks.forRequest("req-SM1")).hasSize(1);
    assertThat(tasks.findByToken("token-1")).isEmpty();
  }

  @Test
  void claimedTask_canOnlyBeCompletedByItsHolder_once() {
    // GIVEN an open approval task claimed by alice
    ReviewTask task = tasks.open(new NewReviewTask("req-SM1", ReviewTaskKind.APPROVAL, "token-a", null,
        Requests.record("{\"text\":\"We will call you\"}"), "exec#ApproveDraft"));
    assertThat(tasks.claim(task.id(), "alice")).isPresent();

    // WHEN bob tries to claim and complete it, then alice completes it twice
    boolean bobClaimed = tasks.claim(task.id(), "bob").isPresent();
    boolean bobCompleted = tasks.complete(task.id(), "bob", Requests.record("{\"approved\":true}")).isPresent();
    var aliceCompleted = tasks.complete(task.id(), "alice", Requests.record("{\"approved\":true}"));
    boolean aliceAgain = tasks.complete(task.id(), "alice", Requests.record("{\"approved\":false}")).isPresent();

    // THEN only alice's first completion counts
    assertThat(bobClaimed).isFalse();
    assertThat(bobCompleted).isFalse();
    assertThat(aliceAgain).isFalse();
    assertThat(aliceCompleted).get().satisfies(done -> {
      assertThat(done.status()).isEqualTo(ReviewTaskStatus.COMPLETED);
      assertThat(done.completedBy()).isEqualTo("alice");
      assertThat(done.outcome().path("approved").asBoolean()).isTrue();
      assertThat(done.draft().path("text").asText()).isEqualTo("We will call you");
    });
    assertThat(tasks.pending(10)).isEmpty();
  }

  @Test
  void timedOutWait_expiresAPendingTask_butNotAFinishedOne() {
    // GIVEN one open and one rejected task
    ReviewTask open = tasks.open(new NewReviewTask("req-SM1", ReviewTaskKind.ACKNOWLEDGE, "token-x", null, null, "exec#Ack#1"));
    ReviewTask rejected = tasks.open(new NewReviewTask("req-SM1", ReviewTaskKind.APPROVAL, "token-y", null, null, "exec#Approve"));
    tasks.reject(rejected.id(), "alice", Requests.record("{\"reason\":\"promises a date\"}"));

    // WHEN both waits time out
    var expired = tasks.expireByToken("token-x");
    var notExpired = tasks.expireByToken("token-y");

    // THEN only the open one expires; the released inbox is empty
    assertThat(expired).get().extracting(ReviewTask::status).isEqualTo(ReviewTaskStatus.EXPIRED);
    assertThat(notExpired).isEmpty();
    assertThat(tasks.find(rejected.id())).get().extracting(ReviewTask::status).isEqualTo(ReviewTaskStatus.REJECTED);
    assertThat(tasks.find(open.id())).get().extracting(ReviewTask::completedAt).isNotNull();
  }

  @Test
  void releasedTask_returnsToTheInbox() {
    // GIVEN a task claimed by alice
    ReviewTask task = tasks.open(new NewReviewTask("req-SM1", ReviewTaskKind.REVIEW, "token-r", null, null, "exec#Review"));
    tasks.claim(task.id(), "alice");

    // WHEN bob tries to release it, then alice does
    boolean bobReleased = tasks.release(task.id(), "bob").isPresent();
    boolean aliceReleased = tasks.release(task.id(), "alice").isPresent();

    // THEN it is open again and bob may claim it
    assertThat(bobReleased).isFalse();
    assertThat(aliceReleased).isTrue();
    assertThat(tasks.pending(10)).extracting(ReviewTask::status).containsExactly(ReviewTaskStatus.OPEN);
    assertThat(tasks.claim(task.id(), "bob")).isPresent();
  }
}
