package dev.opsflow.shared.objectstore;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one-machine object store: each object a file under {@code root} at its key's path, written to a temporary
 * file and moved into place, so a reader never sees half an object and a crash leaves no partial one. The content
 * type is not kept (a file has none); callers keep it in the {@link StoredObject} they pass on.
 */
public final class FileObjectStore implements ObjectStore {
  private final Path root;

  public FileObjectStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  public StoredObject put(String key, byte[] bytes, String contentType) {
    Path target = path(key);
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".put-", ".tmp");
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ObjectStoreException("Cannot write object " + key + " under " + root + ": " + e.getMessage(), e);
    }
    return new StoredObject(key, contentType, bytes.length);
  }

  @Override
  public byte[] get(String key) {
    try {
      return Files.readAllBytes(path(key));
    } catch (NoSuchFileException e) {
      throw new ObjectNotFoundException("No object " + key + " under " + root, e);
    } catch (IOException e) {
      throw new ObjectStoreException("Cannot read object " + key + " under " + root + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(path(key));
  }

  private Path path(String key) {
    Path path = root.resolve(ObjectKeys.check(key)).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Object key escapes the store: " + key);
    }
    return path;
  }
}
