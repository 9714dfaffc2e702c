package dev.opsflow.shared.notify;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Sorts an AWS SDK failure into retryable or not: throttling, 5xx and no answer (client-side I/O) are
 * {@link NotifierUnavailableException}; any other service error (invalid parameter, unverified identity, opted-out
 * number, missing permission) is {@link NotificationRejectedException}.
 */
final class AwsFailures {
  private AwsFailures() {}

  static RuntimeException translate(String what, SdkException e) {
    if (e instanceof AwsServiceException service) {
      String code = service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode();
      String reason = what + " failed: " + service.statusCode() + " " + code + ": " + message(service);
      if (service.isThrottlingException() || service.statusCode() == 429 || service.statusCode() >= 500) {
        return new NotifierUnavailableException(reason, e);
      }
      return new NotificationRejectedException(reason, e);
    }
    if (e instanceof SdkClientException) {
      return new NotifierUnavailableException(what + " failed: " + e.getMessage(), e);
    }
    return new NotificationRejectedException(what + " failed: " + e.getMessage(), e);
  }

  private static String message(AwsServiceException e) {
    return e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
  }
}
