package io.jixiao.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Outside tools a test runs (kubectl, node, npm): whether they are installed, and their exit code and output. */
public final class Commands {
    public record Result(int code, String output) {}

    private Commands() {}

    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command} in {@code dir}, output and errors together; five minutes at most. */
    public static Result run(Path dir, String... command) throws IOException, InterruptedException {
        return run(Duration.ofMinutes(5), dir, command);
    }

    /** Runs {@code command} in {@code dir}, output and errors together, for at most {@code limit}. */
    public static Result run(Duration limit, Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
