package io.jixiao.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The four published documents (see README.md beside them) as the text tests and demo data read. They live in this
 * module's resources, so a clone of the repository alone has them; nothing outside the repository is read.
 */
public final class Seeds {
    /** The file names, in the order of their numbers. */
    public static final List<String> ALL = List.of(
            "000_78034fcf50cd8c00.txt",
            "001_41acb383c9bbda87.txt",
            "002_ddc626c60baf0fa2.txt",
            "003_7e8bd65db7a2ce18.txt");

    private Seeds() {}

    public static String read(String name) throws IOException {
        try (InputStream in = Seeds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(
                        "no seed document " + name + " in " + Seeds.class.getPackageName() + "; known: " + ALL);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
