package dev.attain.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never throws nor hangs: seeded mutations of a seed document (characters deleted,
 * repeated, replaced by digits, noise glyphs, quotes and brackets), and 10 MB of noise. Each
 * extraction must be consistent: every phrase is the text's own characters. The seed is printed on
 * failure.
 */
class ExtractorFuzzTest {

    private static final String ALPHABET = "0123456789.,-—%‰亿万千百十个家项位第前强突破达到增长下降约近左右以上以内"
            + "“”（）()《》【】、，。；：◆■★ \n\t年月日上半年力争确保分别均和及";

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 20261203L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void test_mutatedSeed_neverThrowsNorHangs_andCitesItsOwnCharacters(long seed) throws IOException {
        String base = Files.readString(Path.of("examples/data/sources/002_957c925e5307aa20.txt"));
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(base);
        for (int k = 0; k < 400; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                default -> sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        String text = sb.toString();
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Extractor.defaults().extract(text, LocalDate.of(2023, 2, 1)), "seed " + seed);
        x.targets().forEach(c -> assertThat(text.substring(c.start(), c.end())).as("seed %d", seed).isEqualTo(c.phrase()));
        x.outcomes().forEach(c -> assertThat(text.substring(c.start(), c.end())).as("seed %d", seed).isEqualTo(c.phrase()));
        x.unresolved().forEach(u -> assertThat(text.substring(u.start(), u.end())).as("seed %d", seed).isEqualTo(u.phrase()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void test_randomCharacters_neverThrow(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5_000; k++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        String text = sb.toString();
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Extractor.defaults().extract(text, LocalDate.of(2024, 1, 1)), "seed " + seed);
        assertThat(x.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("tenMegabytes")
    void test_tenMegabytesOfNoise_givesAnEmptyExtraction(long seed) {
        Random r = new Random(seed);
        char[] noise = new char[10 * 1024 * 1024];
        for (int k = 0; k < noise.length; k++) {
            noise[k] = (char) (0x25A0 + r.nextInt(0x60));
        }
        String text = new String(noise);
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Extractor.defaults().extract(text, LocalDate.of(2024, 1, 1)), "seed " + seed);
        assertThat(x.targets()).isEmpty();
        assertThat(x.outcomes()).isEmpty();
        assertThat(x.unresolved()).isEmpty();
    }

    static Stream<Long> tenMegabytes() {
        return Stream.of(7L);
    }
}
