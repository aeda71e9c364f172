import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the local stack: prints every delivery it gets and whether its Standard Webhooks signature
 * checks out with the subscription's secret. Run by deploy/local/webhook-receiver.
 */
public class Receiver {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Webhook webhook = args.length > 1 && !args[1].isBlank() ? new Webhook(args[1]) : null;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v));
            String verdict = "not checked (no secret given)";
            if (webhook != null) {
                try {
                    webhook.verify(body, headers);
                    verdict = "signature OK";
                } catch (Exception e) {
                    verdict = "SIGNATURE REFUSED: " + e.getMessage();
                }
            }
            System.out.printf("%s %s webhook-id=%s %s%n  %s%n", LocalTime.now().withNano(0), exchange.getRequestURI(),
                    headers.getOrDefault("webhook-id", List.of("-")).get(0), verdict,
                    body.length() > 600 ? body.substring(0, 600) + "…" : body);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        System.out.println("webhook receiver on http://127.0.0.1:" + port + "/ (Ctrl-C to stop)");
    }
}
