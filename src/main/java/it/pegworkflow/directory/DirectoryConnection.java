package it.pegworkflow.directory;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The connections to the directory: a small pool bound as the service account for the searches,
 * and a connection of its own for each login's bind, closed at once (the password is never kept).
 * The pool is made on first use, so that the application starts, and local users log in, while
 * the directory is down; a connection the directory dropped is replaced at the next search.
 */
@Component
class DirectoryConnection implements DisposableBean {

  /** Active Directory answers at most 1,000 entries at a time: searches go page by page. */
  private static final int PAGE = 500;
  /** A wrong password (49), or a bind the directory does not allow (48): a refusal, not an outage. */
  private static final Set<ResultCode> REFUSALS = Set.of(ResultCode.INVALID_CREDENTIALS,
      ResultCode.INAPPROPRIATE_AUTHENTICATION);

  private final DirectorySettings settings;
  private final ServerSet servers;
  private LDAPConnectionPool pool;
  /** {@link System#nanoTime()} until which the directory is not asked (after an outage). */
  private volatile long pausedUntil = System.nanoTime();

  DirectoryConnection(DirectorySettings settings) {
    this.settings = settings;
    this.servers = settings.configured() ? servers(settings) : null;
  }

  boolean configured() {
    return servers != null;
  }

  DirectorySettings settings() {
    return settings;
  }

  /** The entries under the base DN that match {@code filter}, with {@code attributes}. */
  List<SearchResultEntry> search(Filter filter, String... attributes) {
    refuseWhilePaused();
    List<SearchResultEntry> entries = new ArrayList<>();
    ASN1OctetString cookie = null;
    try {
      do {
        SearchRequest request = new SearchRequest(settings.baseDn(), SearchScope.SUB, filter, attributes);
        request.setResponseTimeoutMillis(settings.timeout().toMillis());
        // Not critical: a directory without paging answers everything at once.
        request.addControl(new SimplePagedResultsControl(PAGE, cookie, false));
        SearchResult result = pool().search(request);
        entries.addAll(result.getSearchEntries());
        SimplePagedResultsControl page = SimplePagedResultsControl.get(result);
        cookie = page == null ? null : page.getCookie();
      } while (cookie != null && cookie.getValueLength() > 0);
    } catch (LDAPException e) {
      throw outage("search " + filter + " failed: " + e.getResultCode() + " " + e.getMessage(), e);
    }
    return entries;
  }

  /**
   * Whether {@code password} is the password of {@code dn}: a simple bind on a connection of its
   * own. An empty password is never sent (to LDAP it would be an anonymous bind, which succeeds).
   *
   * @throws DirectoryUnavailable when the directory cannot say
   */
  boolean binds(String dn, String password) {
    if (password == null || password.isEmpty()) {
      return false;
    }
    refuseWhilePaused();
    try (LDAPConnection connection = servers.getConnection()) {
      connection.bind(new SimpleBindRequest(dn, password));
      return true;
    } catch (LDAPException e) {
      if (REFUSALS.contains(e.getResultCode())) {
        return false;
      }
      throw outage("bind of " + dn + " failed: " + e.getResultCode() + " " + e.getMessage(), e);
    }
  }

  /**
   * A directory that did not answer is left alone for a while: a login waits for it with a
   * database connection of the engine's held, and a dead server would make each one wait the
   * whole timeout.
   */
  private void refuseWhilePaused() {
    if (System.nanoTime() - pausedUntil < 0) {
      throw new DirectoryUnavailable("not asked: it did not answer less than " + settings.pauseAfterOutage().toSeconds()
          + " s ago", null);
    }
  }

  private DirectoryUnavailable outage(String message, LDAPException cause) {
    pausedUntil = System.nanoTime() + settings.pauseAfterOutage().toNanos();
    return new DirectoryUnavailable(message, cause);
  }

  private synchronized LDAPConnectionPool pool() throws LDAPException {
    if (pool == null || pool.isClosed()) {
      BindRequest serviceAccount = settings.bindDn() == null || settings.bindDn().isBlank() ? null
          : new SimpleBindRequest(settings.bindDn(), settings.bindPassword() == null ? "" : settings.bindPassword());
      LDAPConnectionPool made = new LDAPConnectionPool(servers, serviceAccount, 1, 4);
      made.setRetryFailedOperationsDueToInvalidConnections(true);
      made.setMaxWaitTimeMillis(settings.timeout().toMillis());
      pool = made;
    }
    return pool;
  }

  private static ServerSet servers(DirectorySettings settings) {
    List<LDAPURL> urls = new ArrayList<>();
    for (String url : settings.urls()) {
      try {
        urls.add(new LDAPURL(url));
      } catch (LDAPException e) {
        throw new IllegalStateException("peg.ldap.url: «" + url + "» non è un indirizzo ldap:// o ldaps://", e);
      }
    }
    if (settings.baseDn() == null || settings.baseDn().isBlank()) {
      throw new IllegalStateException("peg.ldap.base-dn (PEG_LDAP_BASE_DN) manca: dove cercare le persone nell'elenco");
    }
    boolean secure = urls.get(0).getScheme().equals("ldaps");
    if (urls.stream().anyMatch(u -> u.getScheme().equals("ldaps") != secure)) {
      throw new IllegalStateException("peg.ldap.url: gli indirizzi sono tutti ldap:// o tutti ldaps://");
    }
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setConnectTimeoutMillis((int) settings.timeout().toMillis());
    options.setResponseTimeoutMillis(settings.timeout().toMillis());
    // ldaps: the JVM's trust store, and the certificate must name the host.
    options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
    SocketFactory sockets = secure ? tls() : SocketFactory.getDefault();
    String[] hosts = urls.stream().map(LDAPURL::getHost).toArray(String[]::new);
    int[] ports = urls.stream().mapToInt(LDAPURL::getPort).toArray();
    return new FailoverServerSet(hosts, ports, sockets, options);
  }

  private static SocketFactory tls() {
    try {
      return SSLContext.getDefault().getSocketFactory();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("TLS is not available in this JVM", e);
    }
  }

  @Override
  public synchronized void destroy() {
    if (pool != null) {
      pool.close();
    }
  }
}
