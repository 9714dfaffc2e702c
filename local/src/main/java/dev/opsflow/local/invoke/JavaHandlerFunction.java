package dev.opsflow.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.opsflow.shared.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;

/**
 * A Java Lambda handler ({@link RequestHandler} or {@link RequestStreamHandler}) invoked in-process, as the Java
 * runtime invokes it: the event is converted to the handler's input type with Jackson, and any exception is
 * reported with the exception's fully-qualified class name as the error type.
 */
public final class JavaHandlerFunction implements LambdaFunction {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final Object handler;
  private final JavaType inputType;

  private JavaHandlerFunction(Object handler, JavaType inputType) {
    this.handler = handler;
    this.inputType = inputType;
  }

  /** Wraps a {@link RequestHandler}; its input type is read from its generic signature. */
  public static JavaHandlerFunction of(RequestHandler<?, ?> handler) {
    return new JavaHandlerFunction(handler, inputTypeOf(handler.getClass()));
  }

  /** Wraps a {@link RequestStreamHandler}: the event is passed as JSON bytes, the output read as JSON. */
  public static JavaHandlerFunction of(RequestStreamHandler handler) {
    return new JavaHandlerFunction(handler, null);
  }

  /** Instantiates a handler class by its public no-argument constructor (as Lambda does) and wraps it. */
  public static JavaHandlerFunction load(String className) throws ReflectiveOperationException {
    Object instance = Class.forName(className).getConstructor().newInstance();
    return switch (instance) {
      case RequestHandler<?, ?> h -> of(h);
      case RequestStreamHandler h -> of(h);
      default -> throw new IllegalArgumentException(className + " is neither a RequestHandler nor a RequestStreamHandler");
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonNode invoke(JsonNode payload, LambdaInvocation invocation) throws LambdaFunctionError {
    LocalLambdaContext context = new LocalLambdaContext(invocation, DEFAULT_TIMEOUT.toMillis());
    try {
      if (handler instanceof RequestStreamHandler stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream.handleRequest(new ByteArrayInputStream(Json.write(payload).getBytes(java.nio.charset.StandardCharsets.UTF_8)), out, context);
        return out.size() == 0 ? null : Json.MAPPER.readTree(out.toByteArray());
      }
      RequestHandler<Object, Object> typed = (RequestHandler<Object, Object>) handler;
      Object input = Json.MAPPER.convertValue(payload, inputType);
      Object output = typed.handleRequest(input, context);
      return Json.MAPPER.valueToTree(output);
    } catch (IOException e) {
      throw JavaErrors.of(e);
    } catch (RuntimeException | Error e) {
      // Whatever the handler throws is the function's error, exactly as the Java runtime reports it.
      throw JavaErrors.of(e);
    }
  }

  private static JavaType inputTypeOf(Class<?> handlerClass) {
    for (Class<?> c = handlerClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type type : c.getGenericInterfaces()) {
        if (type instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
          return TypeFactory.defaultInstance().constructType(p.getActualTypeArguments()[0]);
        }
      }
    }
    return TypeFactory.defaultInstance().constructType(Object.class);
  }
}
