package io.flowpod.app.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root folder, found from wherever the tests run (module folder or root). */
public final class RepositoryRoot {

  private RepositoryRoot() {}

  public static Path find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("app"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No docker-compose.yml above " + Path.of("").toAbsolutePath());
  }
}
