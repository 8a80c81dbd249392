package dev.attain.extract;

import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets a plan states without a number: a sign ("保持正增长", "稳步增加"), full coverage
 * ("全覆盖"), a multiple of a base ("翻一番", "翻两番"), a comparison with another indicator ("与经济
 * 增长保持同步"). Each becomes a hit whose figure says the requirement: growth above 0%, a share of
 * 100%, a multiple of 2 or 4, a difference of at least 0 percentage points.
 */
final class WordForms {

    private static final Pattern FORMS = Pattern.compile(
            "(?<sign>正增长|稳步增加|稳步增长|稳定增长|持续增长|只增不减)"
            + "|(?<cover>全覆盖)"
            + "|(?<double>翻(?<times>一|两|二|三)?番)"
            + "|(?<sync>与(?<ref>[^，,；;。、与]{2,12}?)(?:保持|基本)?同步)");

    private WordForms() {
    }

    static List<Hit> find(CleanText t, boolean[] taken) {
        String s = new String(t.chars(), 0, t.length());
        Matcher m = FORMS.matcher(s);
        List<Hit> out = new ArrayList<>();
        while (m.find()) {
            if (taken[m.start()]) {
                continue;
            }
            if (m.group("sign") != null) {
                out.add(Hit.word(m.start(), m.end(), Figure.of(Qualifier.MORE_THAN, BigDecimal.ZERO, Unit.PERCENT),
                        FigureKind.SIGN, null));
            } else if (m.group("cover") != null) {
                out.add(Hit.word(m.start(), m.end(), Figure.of(Qualifier.EXACT, BigDecimal.valueOf(100), Unit.PERCENT),
                        FigureKind.SHARE, null));
            } else if (m.group("double") != null) {
                String n = m.group("times");
                int times = n == null || n.equals("一") ? 2 : n.equals("三") ? 8 : 4;
                out.add(Hit.word(m.start(), m.end(), Figure.of(Qualifier.AT_LEAST, BigDecimal.valueOf(times), Unit.NONE),
                        FigureKind.MULTIPLE, "基期"));
            } else {
                out.add(Hit.word(m.start(), m.end(),
                        Figure.of(Qualifier.AT_LEAST, BigDecimal.ZERO, Unit.PERCENTAGE_POINTS), FigureKind.RELATIVE,
                        m.group("ref")));
            }
        }
        return out;
    }
}
