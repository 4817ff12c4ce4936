package it.pegworkflow.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The municipality's directory in the tests: UnboundID's in-memory LDAP server, speaking the real
 * protocol on a port of localhost, loaded with {@code directory/comune.ldif} (the demo's people).
 * It can go down and come back on the same port, and disable or remove a person.
 */
public final class TestDirectory {

  public static final String BASE_DN = "dc=comune,dc=example,dc=it";
  public static final String SERVICE_DN = "cn=peg-workflow,ou=servizi," + BASE_DN;
  public static final String SERVICE_PASSWORD = "Servizio-Ricerca-1";
  /** Every person's password in the directory (the local users' is another). */
  public static final String PASSWORD = "Elenco-Comunale-1";
  public static final String NUCLEO_GROUP_DN = "cn=PEG Nucleo di Valutazione,ou=gruppi," + BASE_DN;

  private final InMemoryDirectoryServer server;
  private final int port;

  private TestDirectory(InMemoryDirectoryServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Started, with the LDIF of the demo's people. */
  public static TestDirectory start() {
    try {
      int port = freePort();
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
      // OpenLDAP's ppolicy and memberOf overlays add attributes the standard schema lacks.
      config.setSchema(null);
      InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
      TestDirectory directory = new TestDirectory(server, port);
      directory.reload();
      server.startListening();
      return directory;
    } catch (LDAPException | IOException e) {
      throw new IllegalStateException("The test directory did not start", e);
    }
  }

  public String url() {
    return "ldap://localhost:" + port;
  }

  public static String dnOf(String login) {
    return "uid=" + login + ",ou=persone," + BASE_DN;
  }

  /** Stops answering: the port refuses connections, open ones are closed. */
  public void down() {
    server.shutDown(true);
  }

  /** Answers again on the same port, with the LDIF's people as they were. */
  public void up() {
    try {
      if (server.getListenPort() < 0) {
        server.startListening();
      }
      reload();
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As OpenLDAP's password policy marks a locked account. */
  public void disable(String login) {
    modify(login, new Modification(ModificationType.REPLACE, "pwdAccountLockedTime", "000001010000Z"));
  }

  public void remove(String login) {
    try {
      server.delete(dnOf(login));
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The person is no longer a member of any directory group. */
  public void leaveGroups(String login) {
    modify(login, new Modification(ModificationType.DELETE, "memberOf"));
  }

  public void changePassword(String login, String password) {
    modify(login, new Modification(ModificationType.REPLACE, "userPassword", password));
  }

  private void modify(String login, Modification modification) {
    try {
      server.modify(dnOf(login), modification);
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  private void reload() throws LDAPException {
    try (InputStream ldif = TestDirectory.class.getResourceAsStream("/directory/comune.ldif")) {
      server.importFromLDIF(true, new LDIFReader(ldif));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
