package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset's title: read from a file or a folder, written back, and a bad one reported where it is. */
class DatasetTitleTest {

    private static final String RECORDS = "\"indicators\": [{\"id\": \"ei\", \"name\": \"电子信息产业营业收入\", \"unit\": \"CNY\"}],"
            + " \"targets\": [], \"outcomes\": []";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void test_title_isReadFromTheFile_andStripped() throws IOException {
        Path file = write("plan.json", "{\"title\": \" 江西省工业规划 \", " + RECORDS + "}");
        assertThat(Datasets.read(file).title()).contains("江西省工业规划");
    }

    @Test
    void test_noTitle_isEmpty() throws IOException {
        Path file = write("plan.json", "{" + RECORDS + "}");
        assertThat(Datasets.read(file).title()).isEmpty();
    }

    @Test
    void test_folder_takesTheTitleOfTheFileThatGivesOne() throws IOException {
        write("a.json", "{\"title\": \"江西省工业规划\", " + RECORDS + "}");
        write("b.json", "{\"outcomes\": [{\"indicator\": \"ei\", \"period\": \"2022\", \"value\": \"1.03万亿元\","
                + " \"published\": \"2023-02-01\"}]}");
        Dataset d = Datasets.read(dir);
        assertThat(d.title()).contains("江西省工业规划");
        assertThat(d.outcomes()).hasSize(1);
    }

    @Test
    void test_twoDifferentTitles_areReportedAtTheSecond() throws IOException {
        write("a.json", "{\"title\": \"江西省工业规划\", " + RECORDS + "}");
        Path b = write("b.json", "{\"title\": \"另一个标题\"}");
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> Datasets.read(dir))
                .withMessageContaining(b + ":1:11: field 'title': a second, different title;"
                        + " the dataset's title is \"江西省工业规划\"");
    }

    @Test
    void test_titleThatIsNotText_isReportedWithItsPosition() throws IOException {
        Path file = write("plan.json", "{\"title\": 2022, " + RECORDS + "}");
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> Datasets.read(file))
                .withMessageContaining(file + ":1:11: field 'title': expected a text naming the dataset")
                .withMessageContaining("found a number");
    }

    @Test
    void test_title_survivesWritingAndReading_jsonAndYaml() throws IOException {
        Dataset d = Datasets.read(write("plan.json", "{\"title\": \"江西省工业规划\", " + RECORDS + "}"));
        for (String name : new String[] {"out.json", "out.yaml"}) {
            Path out = dir.resolve(name);
            Datasets.write(d, out);
            assertThat(Datasets.read(out)).as(name).isEqualTo(d);
        }
    }
}
