package dev.opsflow.tofu.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the Lambda runtime does on a cold start, in a fresh JVM: load the handler class, construct it (init), and
 * invoke it once with a sample event, deserialised into the handler's input type with Jackson. Prints one JSON line
 * with the JVM start, init and first-invocation times. Runs with only the function's jar and this class on the
 * classpath. Usage: {@code ColdStartHarness <handler class> [<event json file>]}.
 */
public final class ColdStartHarness {
  private ColdStartHarness() {}

  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    long entered = System.nanoTime();
    // The launcher passes its wall clock at launch: the JVM start is the time until main runs.
    long launchedAtMs = Long.getLong("opsflow.bench.launchedAtMs", System.currentTimeMillis());
    long jvmMs = System.currentTimeMillis() - launchedAtMs;
    byte[] event = args.length > 1 ? Files.readAllBytes(Path.of(args[1])) : "{}".getBytes();

    Class<?> type = Class.forName(args[0].split("::")[0]);
    Object handler = type.getDeclaredConstructor().newInstance();
    long initialised = System.nanoTime();

    String error = null;
    try {
      invoke(handler, event);
    } catch (InvocationTargetException e) {
      // The handler threw: the runtime would report the exception's class as errorType; so does the benchmark.
      error = e.getCause().getClass().getName();
    }
    long invoked = System.nanoTime();
    // CPU the whole process used so far (JVM start, class loading, JIT and GC threads included): unlike the wall
    // times it hardly changes when other processes compete for the machine's cores.
    long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.printf(
        "{\"jvmMs\":%d,\"initMs\":%.1f,\"invokeMs\":%.1f,\"cpuMs\":%.1f,\"error\":%s}%n",
        jvmMs, (initialised - entered) / 1e6, (invoked - initialised) / 1e6, cpuNanos / 1e6, error == null ? "null" : "\"" + error + "\"");
  }

  private static void invoke(Object handler, byte[] event) throws IOException, ReflectiveOperationException {
    Context context = new BenchContext();
    if (handler instanceof RequestStreamHandler stream) {
      try {
        stream.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), context);
      } catch (RuntimeException | IOException e) {
        throw new InvocationTargetException(e);
      }
      return;
    }
    Method method = handleRequest(handler.getClass());
    Object input = new ObjectMapper().readValue(event, new ObjectMapper().constructType(method.getGenericParameterTypes()[0]));
    method.invoke(handler, input, context);
  }

  /** The handler's own handleRequest(input, Context): the one with the most specific input type (not the bridge). */
  private static Method handleRequest(Class<?> type) throws NoSuchMethodException {
    Method best = null;
    for (Method m : type.getMethods()) {
      if (m.getName().equals("handleRequest") && m.getParameterCount() == 2 && m.getParameterTypes()[1] == Context.class
          && (best == null || best.isBridge())) {
        best = m;
      }
    }
    if (best == null) {
      throw new NoSuchMethodException(type.getName() + ".handleRequest(input, Context)");
    }
    return best;
  }
}
