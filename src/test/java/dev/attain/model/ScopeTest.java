package dev.attain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void test_parse_and_toString_roundTrip_keepingOrder() {
        Scope s = Scope.parse("region=江西省, sector=电子信息");
        assertThat(s.entries()).containsExactly(
                java.util.Map.entry("region", "江西省"), java.util.Map.entry("sector", "电子信息"));
        assertThat(s.toString()).isEqualTo("region=江西省, sector=电子信息");
        assertThat(Scope.parse(s.toString())).isEqualTo(s);
    }

    @Test
    void test_parse_empty_isEmpty() {
        assertThat(Scope.parse("  ")).isSameAs(Scope.EMPTY);
        assertThat(Scope.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void test_parse_pairWithoutEquals_namesThePair() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.parse("region=江西省, 南昌"))
                .withMessageContaining("'南昌'").withMessageContaining("key=value");
    }

    @Test
    void test_parse_duplicateKey_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.parse("region=a, region=b"))
                .withMessageContaining("region");
    }

    @Test
    void test_of_blankValue_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.of("region", " "))
                .withMessageContaining("region");
    }

    @Test
    void test_equals_ignoresOrder() {
        new EqualsTester()
                .addEqualityGroup(Scope.parse("a=1, b=2"), Scope.of(ImmutableMap.of("b", "2", "a", "1")))
                .addEqualityGroup(Scope.of("a", "1"))
                .addEqualityGroup(Scope.EMPTY, Scope.of(ImmutableMap.of()))
                .testEquals();
    }
}
