package io.jixiao.review.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/** Where a delivery may go: https (unless configured), a host that resolves, no private address (unless configured). */
final class Endpoints {
    private Endpoints() {}

    /** Why the URL cannot be used, or null when it can. Checked at subscription and again before every send. */
    static String problem(String url, WebhookConfig config) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !(scheme.equals("http") && config.allowHttp())) {
            return "must be an https:// URL";
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            return "must name a host, without user or password";
        }
        if (config.allowPrivateAddresses()) {
            return null;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isLoopbackAddress()
                        || a.isLinkLocalAddress()
                        || a.isSiteLocalAddress()
                        || a.isAnyLocalAddress()
                        || a.isMulticastAddress()
                        || isUniqueLocal(a)) {
                    return "points at a private or local address (" + a.getHostAddress() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "names a host that cannot be resolved";
        }
        return null;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7
    }
}
