package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Tolerance;
import dev.attain.quantity.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module on its own, in a caller's mapper. */
class AttainModuleTest {

    private final JsonMapper mapper = JsonMapper.builder().addModule(new AttainModule()).build();

    private <T> void roundTrip(T value, Class<T> type, String json) {
        assertThat(mapper.writeValueAsString(value)).isEqualTo(json);
        assertThat(mapper.readValue(json, type)).isEqualTo(value);
    }

    @Test
    void test_figure_isAPhrase() {
        roundTrip(Figure.parse("突破7000亿元"), Figure.class, "\"突破7000亿元\"");
        assertThat(mapper.readValue("\"more than CNY 700 billion\"", Figure.class))
                .isEqualTo(Figure.parse("突破7000亿元"));
    }

    @Test
    void test_periodUnitScopeSource_roundTrip() {
        roundTrip(Period.parse("2022-01..2022-06"), Period.class, "\"2022-01..2022-06\"");
        roundTrip(Unit.of("家"), Unit.class, "\"家\"");
        roundTrip(Unit.NONE, Unit.class, "\"\"");
        roundTrip(Scope.of(Map.of("region", "江西省")), Scope.class, "{\"region\":\"江西省\"}");
        roundTrip(Source.of("a.txt", LocalDate.of(2022, 1, 18), "力争"), Source.class,
                "{\"document\":\"a.txt\",\"date\":\"2022-01-18\",\"quote\":\"力争\"}");
    }

    @Test
    void test_records_roundTrip() {
        Dataset d = DatasetRoundTripTest.everything();
        for (Indicator i : d.indicators()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(i), Indicator.class)).isEqualTo(i);
        }
        for (Target t : d.targets()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(t), Target.class)).isEqualTo(t);
        }
        for (Outcome o : d.outcomes()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(o), Outcome.class)).isEqualTo(o);
        }
        assertThat(mapper.readValue(mapper.writeValueAsString(d), Dataset.class)).isEqualTo(d);
    }

    @Test
    void test_recordInABean_listOfTargets() {
        Dataset d = DatasetRoundTripTest.everything();
        String json = mapper.writeValueAsString(d.targets());
        List<Target> back = mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class,
                Target.class));
        assertThat(back).isEqualTo(d.targets());
    }

    @Test
    void test_badFigure_isAnInvalidFormatSayingWhere() {
        assertThatExceptionOfType(DatabindException.class)
                .isThrownBy(() -> mapper.readValue("\"很多亿元\"", Figure.class))
                .withMessageContaining("Figure '很多亿元' cannot be parsed at index 0");
        assertThatExceptionOfType(DatabindException.class)
                .isThrownBy(() -> mapper.readValue("7000", Figure.class))
                .withMessageContaining("expected a figure phrase");
    }

    @Test
    void test_badRecord_failsWithEveryProblemAsTheCause() {
        String json = "{\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022-Q5\", \"requirment\": \"突破7000亿元\"}";
        assertThatExceptionOfType(DatabindException.class).isThrownBy(() -> mapper.readValue(json, Target.class))
                .withMessageContaining("input:1:1: target (t1): field 'requirement': required field is missing")
                .withMessageContaining("input:1:43: target (t1): field 'period': Period '2022-Q5' cannot be parsed")
                .withMessageContaining("input:1:54: target (t1): field 'requirment': unknown field.")
                .havingCause().isInstanceOf(DatasetException.class)
                .satisfies(c -> assertThat(((DatasetException) c).problems()).hasSize(3));
    }

    @Test
    void test_dataset_isCheckedWhole() {
        String json = "{\"targets\": [{\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\","
                + " \"requirement\": \"突破7000亿元\"}]}";
        assertThatExceptionOfType(DatabindException.class).isThrownBy(() -> mapper.readValue(json, Dataset.class))
                .withMessageContaining("targets[0] (t1): field 'indicator': unknown indicator 'ei'");
    }

    @Test
    void test_tolerance_isUsedForAboutFigures() {
        JsonMapper wide = JsonMapper.builder().addModule(new AttainModule(Tolerance.of("0.1", "0.1"))).build();
        Figure about = wide.readValue("\"约2000家\"", Figure.class);
        assertThat(about.lowerBound().orElseThrow()).isEqualByComparingTo("1800");
    }

    @Test
    void test_noPolymorphicTyping_classNamesAreJustStrings() {
        Object value = Datasets.jsonMapper().readValue("[\"java.net.URL\", \"http://example.org\"]", Object.class);
        assertThat(value).isInstanceOf(List.class);
        assertThat(Datasets.jsonMapper().serializationConfig().getDefaultTyper(null)).isNull();
    }
}
