package io.flowpod.connectors.sms;

import io.flowpod.connectors.channels.FakeProviderServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Twilio's Messages API: POST /2010-04-01/Accounts/{sid}/Messages.json,
 * form-encoded, basic auth, answering 201 with {@code {"sid":"SM..","status":"queued"}}. It can
 * fail the next requests with 503 or refuse everything (400, error 21211 invalid 'To' number).
 */
public final class FakeSmsApi extends FakeProviderServer {

  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger serverErrorsLeft = new AtomicInteger();
  private volatile boolean refuseAll;

  private FakeSmsApi() {
    super("fake-sms-api");
  }

  public static FakeSmsApi start() {
    return new FakeSmsApi();
  }

  public FakeSmsApi serverErrors(int count) {
    serverErrorsLeft.set(count);
    return this;
  }

  public FakeSmsApi refuseAll() {
    refuseAll = true;
    return this;
  }

  @Override
  protected void reset() {
    serverErrorsLeft.set(0);
    refuseAll = false;
  }

  /** The forms received (To, From, Body, ...), in order. */
  public List<Map<String, String>> messages() {
    return requests().stream().map(r -> form(r.body())).toList();
  }

  @Override
  protected Reply answer(Request request) {
    if (!request.path().matches("/2010-04-01/Accounts/[^/]+/Messages.json")) {
      return new Reply(404, "{\"code\":20404,\"message\":\"Not found\",\"status\":404}");
    }
    if (request.authorization() == null || !request.authorization().startsWith("Basic ")) {
      return new Reply(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}");
    }
    if (serverErrorsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return new Reply(503, "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}");
    }
    if (refuseAll) {
      return new Reply(400, "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone "
          + "number.\",\"status\":400}");
    }
    return new Reply(201, "{\"sid\":\"SMFAKE" + ids.incrementAndGet()
        + "\",\"status\":\"queued\"}");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
