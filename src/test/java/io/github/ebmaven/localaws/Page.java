package io.github.ebmaven.localaws;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * One page of a listing and the token of the next one (the offset, base64url), for the EC2 and
 * SSM APIs.
 *
 * @param nextToken null on the last page
 */
record Page<T>(List<T> items, String nextToken) {
  /** The page of at most {@code max} items from the offset {@code token} names (none: the start). */
  static <T> Page<T> of(List<T> all, int max, String token, Supplier<ServiceError> badToken) {
    int start = 0;
    if (token != null && !token.isEmpty()) {
      try {
        start = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw badToken.get();
      }
    }
    int end = (int) Math.min(all.size(), (long) start + max);
    String next = end < all.size()
        ? Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(end).getBytes(StandardCharsets.UTF_8))
        : null;
    return new Page<>(start >= all.size() ? List.of() : List.copyOf(all.subList(start, end)), next);
  }
}
