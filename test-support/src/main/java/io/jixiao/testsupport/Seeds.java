package io.jixiao.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed documents of ../shared/seeds, found from wherever the build runs (a module, the root, a CI clone). */
public final class Seeds {
    private Seeds() {
    }

    public static String read(String name) throws IOException {
        String given = System.getProperty("jixiao.seeds");
        if (given != null) {
            return Files.readString(Path.of(given, name));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds").resolve(name);
            if (Files.exists(candidate)) {
                return Files.readString(candidate);
            }
        }
        throw new IOException("seed " + name + " not found in a shared/seeds folder above " + Path.of("").toAbsolutePath()
                + "; set -Djixiao.seeds=DIR");
    }
}
