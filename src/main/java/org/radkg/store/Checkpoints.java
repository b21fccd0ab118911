package org.radkg.store;

import java.util.function.Consumer;

/**
 * Named points of a build where a fault test may stop the process: with the environment variable
 * {@code RADKG_PAUSE_AT} set to a checkpoint's name, the build prints {@code radkg: paused at NAME}
 * and waits there until it is killed, so a test kills it inside a phase however fast the phase is.
 */
public final class Checkpoints {
  /** The environment variable naming the checkpoint to pause at. */
  public static final String PAUSE_AT = "RADKG_PAUSE_AT";

  /** Checkpoints do nothing unless {@link #PAUSE_AT} names them. */
  public static final Consumer<String> FROM_ENVIRONMENT = Checkpoints::reach;

  private Checkpoints() {}

  /**
   * Pauses for good when {@code name} is the checkpoint named by {@link #PAUSE_AT}; else returns at
   * once.
   */
  public static void reach(String name) {
    if (!name.equals(System.getenv(PAUSE_AT))) {
      return;
    }
    System.err.println("radkg: paused at " + name);
    System.err.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
