package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar that {@code mvn package} builds, run as a real child process with
 * {@code java -jar}, as the README shows it. Runs under Failsafe, after {@code package}; the
 * jar's path comes in the system property {@code attain.cliJar}.
 */
class AttainJarTest {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheJar() {
        String p = System.getProperty("attain.cliJar");
        assertThat(p).as("system property attain.cliJar (set by Failsafe in pom.xml)").isNotNull();
        jar = Path.of(p);
        assertThat(jar).as("the -cli jar that mvn package builds").isRegularFile();
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void test_javaJar_evaluatesTheFlagship_asInProcess() throws Exception {
        Run r = java("evaluate", AttainTest.FLAGSHIP, "--as-of", "2023-06-30", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(AttainTest.run("evaluate", AttainTest.FLAGSHIP, "--as-of", "2023-06-30",
                "--format", "json").out());
        Run console = java("evaluate", AttainTest.FLAGSHIP, "--as-of", "2023-06-30");
        assertThat(console.out()).contains("电子信息产业营业收入+装").contains("已完成");
    }

    @Test
    void test_javaJar_errorsAreOneLineWithTheirStatus() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"targets\": [{\"id\": \"t\"}]}");
        Run check = java("check", bad.toString());
        assertThat(check.code()).isEqualTo(Attain.PROBLEMS);
        assertThat(check.out()).contains(bad + ":1:14: targets[0] (t): field 'indicator': required field is missing");
        Run missing = java("evaluate", dir.resolve("nope.json").toString(), "--as-of", "2023-06-30");
        assertThat(missing.code()).isEqualTo(Attain.IO);
        assertThat(missing.err().lines()).singleElement().asString().startsWith("attain evaluate: no such file");
        assertThat(java("evaluate").code()).isEqualTo(Attain.USAGE);
        assertThat(java("--version").out()).startsWith("attain ");
    }

    @Test
    void test_javaJar_stream_isSilentOnStandardErrorWhenItIsNotATerminal() throws Exception {
        Path t = dir.resolve("targets.csv");
        Files.writeString(t, "id,polarity,target,actual\na,higher,100,120\nb,lower,50,60\n");
        Run r = java("stream", t.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("status          ACHIEVED 1 · MISSED 1");
    }
}
