package dev.opsflow.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AppDatabase in a process without the optional AWS SDK (a function that does not declare it, the local node):
 * loaded by a class loader that has every class of the test class path but {@code software.amazon.awssdk.*}, it
 * opens a pool from user and password, and with a secret ARN it says which module to add instead of failing
 * with a NoClassDefFoundError.
 */
class AppDatabaseWithoutSdkTest {
  private static PasswordRole role;

  @BeforeAll
  static void createRole() {
    role = PasswordRole.create("opsflow_no_sdk_user", "no-Sdk-Password-1");
  }

  @AfterAll
  static void dropRole() throws IOException {
    role.close();
  }

  @Test
  void userAndPassword_openAPool_withoutTheSdk() throws Exception {
    // GIVEN AppDatabase loaded where the SDK does not exist, and an environment with user and password
    Method fromEnvironment = fromEnvironmentWithoutSdk();
    Map<String, String> env = Map.of("OPSFLOW_DB_URL", role.jdbcUrl, "OPSFLOW_DB_USER", role.name, "OPSFLOW_DB_PASSWORD", "no-Sdk-Password-1");

    // WHEN the pool is opened and used
    DataSource pool = (DataSource) fromEnvironment.invoke(null, env);
    try (Connection connection = pool.getConnection()) {
      // THEN it connected as the role
      assertThat(connection.getMetaData().getUserName()).isEqualTo(role.name);
    } finally {
      ((AutoCloseable) pool).close();
    }
  }

  @Test
  void secretArn_withoutTheSdk_namesTheModuleToDeclare() throws Exception {
    // GIVEN AppDatabase loaded where the SDK does not exist, and a secret ARN in the environment
    Method fromEnvironment = fromEnvironmentWithoutSdk();
    Map<String, String> env = Map.of("OPSFLOW_DB_URL", role.jdbcUrl, "OPSFLOW_DB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:1:secret:x");

    // WHEN the pool is opened THEN the error names the SDK module the function must declare
    assertThatThrownBy(() -> invoke(fromEnvironment, env))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("software.amazon.awssdk:secretsmanager is not on the class path");
  }

  private static Object invoke(Method method, Map<String, String> env) throws Throwable {
    try {
      return method.invoke(null, env);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Method fromEnvironmentWithoutSdk() throws ReflectiveOperationException {
    ClassLoader loader = new WithoutSdk(AppDatabaseWithoutSdkTest.class.getClassLoader());
    Method method = loader.loadClass(AppDatabase.class.getName()).getDeclaredMethod("fromEnvironment", Map.class);
    method.setAccessible(true);
    return method;
  }

  /** Defines the classes of dev.opsflow.shared.db itself (so what they name resolves here) and hides the SDK. */
  private static final class WithoutSdk extends ClassLoader {
    WithoutSdk(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (name.startsWith("software.amazon.awssdk.")) {
          throw new ClassNotFoundException(name + " (hidden: this process has no AWS SDK)");
        }
        if (!name.startsWith(AppDatabase.class.getPackageName() + ".")) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          byte[] bytes = bytes(name);
          loaded = defineClass(name, bytes, 0, bytes.length);
        }
        return loaded;
      }
    }

    private byte[] bytes(String name) throws ClassNotFoundException {
      try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
        if (in == null) {
          throw new ClassNotFoundException(name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
