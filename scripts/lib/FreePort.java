/** Prints a TCP port that is free on this machine now (run as a single-file program by scripts). */
public final class FreePort {
  private FreePort() {}

  public static void main(String[] args) throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      System.out.println(socket.getLocalPort());
    }
  }
}
