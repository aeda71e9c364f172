import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers of deploy/local/bench that need a clock finer than a curl process: run as a single-file program
 * ({@code java Probe.java ...}), JDK only.
 *
 * <pre>
 *   java Probe.java largest-table INDICATOR_URL TOKEN      the id of the demo table with the most indicators
 *   java Probe.java submit-to-task N PROJECT_URL INDICATOR_URL REVIEW_URL STAFF_TOKEN DEPT_TOKEN
 *        registers N projects with one table each, then for each: POST submit, and polls the department reviewer's
 *        task list (keep-alive, every millisecond) until the task is there; prints "p50 p90 p99 max" in ms
 * </pre>
 */
public class Probe {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "largest-table" -> System.out.println(largestTable(args[1], args[2]));
            case "submit-to-task" -> submitToTask(Integer.parseInt(args[1]), args[2], args[3], args[4], args[5], args[6]);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** Among the demo data's years (the benchmark's own tables are 2026's, two indicators each). */
    static String largestTable(String indicator, String token) throws Exception {
        StringBuilder lists = new StringBuilder();
        for (int year = 2019; year <= 2025; year++) {
            lists.append(get(indicator + "/api/v1/target-tables?size=100&fiscalYear=" + year, token).body());
        }
        String best = null;
        int most = -1;
        Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(lists);
        while (m.find()) {
            String body = get(indicator + "/api/v1/target-tables/" + m.group(1), token).body();
            int indicators = body.split("\"level1\"", -1).length - 1;
            if (indicators > most) {
                most = indicators;
                best = m.group(1);
            }
        }
        if (best == null) {
            throw new IllegalStateException("no target table is visible: is the demo data loaded?");
        }
        return best;
    }

    static void submitToTask(int n, String project, String indicator, String review, String staff, String dept)
            throws Exception {
        List<String> tables = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < n; i++) {
            String p = id(send("POST", project + "/api/v1/projects", staff, """
                    {"fiscalYear": 2026, "name": "基准项目-%s-%d", "leader": "宗亚青", "startDate": "2026-01-01",
                     "endDate": "2026-12-31", "totalAmount": 100000, "yearAmount": 100000}""".formatted(run, i)));
            tables.add(createTable(indicator, staff, p));
        }
        List<Double> ms = new ArrayList<>();
        List<Double> submitMs = new ArrayList<>();
        for (String table : tables) {
            String tasks = review + "/api/v1/review-tasks?status=PENDING&subjectId=" + table;
            long t0 = System.nanoTime();
            send("POST", indicator + "/api/v1/target-tables/" + table + "/submit", staff, null);
            submitMs.add((System.nanoTime() - t0) / 1e6);
            while (!get(tasks, dept).body().contains("\"total\":1")) {
                if (System.nanoTime() - t0 > 30_000_000_000L) {
                    throw new IllegalStateException("no review task for " + table + " after 30 s");
                }
                Thread.sleep(2); // each poll is a request the reviewer's service answers: not faster than that
            }
            ms.add((System.nanoTime() - t0) / 1e6);
            Thread.sleep(100); // one submission at a time, as people make them
        }
        Collections.sort(ms);
        Collections.sort(submitMs);
        // the last figure: the submit request's own p50, the rest of the time is the way through Kafka
        System.out.printf(
                "%.1f %.1f %.1f %.1f %.1f%n",
                at(ms, 0.50), at(ms, 0.90), at(ms, 0.99), ms.get(ms.size() - 1), at(submitMs, 0.50));
    }

    /** The project reaches indicator-service through Kafka: the table can be written once it has arrived. */
    static String createTable(String indicator, String staff, String project) throws Exception {
        String body = """
                {"projectId": "%s", "frameworkCode": "ZHENGZHOU-2019", "annualGoal": "基准",
                 "indicators": [{"level1": "产出目标", "level2": "数量", "name": "生活救助人数", "target": "=2000人"},
                   {"level1": "效果目标", "level2": "满意度", "name": "受补贴对象满意度", "target": ">90%%"}]}"""
                .formatted(project);
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> r = request("POST", indicator + "/api/v1/target-tables", staff, body);
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                return id(r.body());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("indicator-service never got project " + project);
    }

    static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return request("GET", url, token, null);
    }

    static String send(String method, String url, String token, String json) throws Exception {
        HttpResponse<String> r = request(method, url, token, json);
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static HttpResponse<String> request(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
