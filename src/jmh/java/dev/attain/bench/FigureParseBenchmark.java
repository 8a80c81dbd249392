package dev.attain.bench;

import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import java.text.CompactNumberFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How many figure phrases per second {@link Figure#parse} reads on one core, beside the JDK's
 * {@link CompactNumberFormat} on the phrases it can read at all.
 *
 * <p>{@code mixed}: 1,000 phrases generated with a fixed seed from the grammar's forms, in the
 * proportions plans and bulletins use them: money with 亿 and 万亿 and qualifiers, counts,
 * percentages, signs, ranks, ranges, Chinese numerals, English phrases, and bare numbers such as
 * "1.03万亿". {@code bare}: the bare numbers of the mix alone, read by Attain; {@code jdkBare}: the
 * same bare numbers read by {@code NumberFormat.getCompactNumberInstance(Locale.CHINA, SHORT)} with
 * {@code setParseBigDecimal(true)}, the only phrases of the mix it reads; {@code bigDecimal}: the
 * digits of the same bare numbers without their magnitude word ("1.03" of "1.03万亿") read by
 * {@code new BigDecimal(String)}, a yardstick of the machine's speed in the same run. Scores are
 * per phrase (each invocation reads the whole set and counts one operation per phrase).
 *
 * <p>Three forks: a parse takes about a hundred nanoseconds, and on a shared two-core machine one
 * fork's score moves by a fifth from run to run.
 *
 * <p>Run: {@code mvn -Pjmh test-compile exec:exec -Djmh.args="FigureParse"}; short:
 * {@code -Djmh.args="FigureParse -f 1 -wi 2 -i 3 -w 2s -r 3s"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(3)
public class FigureParseBenchmark {

    /** Phrases in the mix. */
    static final int MIX = 1000;
    /** Bare numbers in the mix, which is also the count the JDK reads. */
    static final int BARE = 100;

    private String[] mixed;
    private String[] bare;
    private String[] digits;
    private NumberFormat jdk;

    /** Builds the phrase sets and checks that both parsers read each bare number exactly. */
    @Setup
    public void setUp() {
        List<String> all = phrases(new Random(20220118L));
        mixed = all.toArray(new String[0]);
        List<String> numbers = new ArrayList<>();
        for (String s : all) {
            if (isBare(s)) {
                numbers.add(s);
            }
        }
        bare = numbers.toArray(new String[0]);
        digits = new String[bare.length];
        for (int i = 0; i < bare.length; i++) {
            digits[i] = bare[i].replaceAll("[万亿]", "");
        }
        if (mixed.length != MIX || bare.length != BARE) {
            throw new IllegalStateException(mixed.length + " phrases, " + bare.length + " bare");
        }
        jdk = jdkFormat();
        for (String s : bare) {
            BigDecimal ours = Figure.parse(s).nominal();
            ParsePosition p = new ParsePosition(0);
            BigDecimal theirs = (BigDecimal) jdk.parse(s, p);
            if (p.getIndex() != s.length() || theirs.compareTo(ours) != 0) {
                throw new IllegalStateException("'" + s + "': Attain " + ours + ", JDK " + theirs);
            }
        }
        for (String s : mixed) {
            Figure.parse(s); // every phrase of the mix is valid
        }
    }

    static NumberFormat jdkFormat() {
        NumberFormat format = NumberFormat.getCompactNumberInstance(Locale.CHINA, NumberFormat.Style.SHORT);
        ((CompactNumberFormat) format).setParseBigDecimal(true);
        return format;
    }

    /**
     * Reads the whole mix of 1,000 phrases.
     *
     * @param bh  the sink
     */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void mixed(Blackhole bh) {
        for (String s : mixed) {
            bh.consume(Figure.parse(s));
        }
    }

    /**
     * Reads the bare numbers of the mix with Attain.
     *
     * @param bh  the sink
     */
    @Benchmark
    @OperationsPerInvocation(BARE)
    public void bare(Blackhole bh) {
        for (String s : bare) {
            bh.consume(Figure.parse(s));
        }
    }

    /**
     * Reads the bare numbers of the mix with the JDK's compact number format.
     *
     * @param bh  the sink
     */
    @Benchmark
    @OperationsPerInvocation(BARE)
    public void jdkBare(Blackhole bh) {
        for (String s : bare) {
            bh.consume(jdk.parse(s, new ParsePosition(0)));
        }
    }

    /**
     * Reads the digits of the bare numbers with {@code new BigDecimal(String)}: not a parser of
     * phrases, but how fast this machine reads plain decimals in the same run.
     *
     * @param bh  the sink
     */
    @Benchmark
    @OperationsPerInvocation(BARE)
    public void bigDecimal(Blackhole bh) {
        for (String s : digits) {
            bh.consume(new BigDecimal(s));
        }
    }

    // ---------------------------------------------------------------- the mix

    private static boolean isBare(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '万' && c != '亿') {
                return false;
            }
        }
        return true;
    }

    private static final String[] CHINESE_NUMERALS = {
        "一千一百四十一", "两万", "十三", "三百零五", "逾百亿元", "两千亿元", "三万二千亿元", "十余家", "三千多家",
        "百分之十八点五", "一点零三万亿元", "第十三位",
    };

    /** Generates MIX phrases, BARE of them bare numbers, the rest drawn from the grammar's forms. */
    static List<String> phrases(Random r) {
        List<String> out = new ArrayList<>(MIX);
        for (int i = 0; i < MIX; i++) {
            if (i % (MIX / BARE) == 0) {
                out.add(bareNumber(r));
                continue;
            }
            String d = decimal(r);
            int n = 1 + r.nextInt(9999);
            switch (r.nextInt(30)) {
                case 0: out.add("突破" + n + "亿元"); break;
                case 1: out.add(d + "万亿元"); break;
                case 2: out.add("超" + n + "亿元"); break;
                case 3: out.add(n + "亿元以上"); break;
                case 4: out.add(n + "家"); break;
                case 5: out.add("增长" + d + "%"); break;
                case 6: out.add("第" + (1 + r.nextInt(40)) + "位"); break;
                case 7: out.add(d + "亿元"); break;
                case 8: out.add(d + "%"); break;
                case 9: out.add(d + "亿美元"); break;
                case 10: out.add((1 + r.nextInt(9)) + "万家"); break;
                case 11: out.add(n + "个以上"); break;
                case 12: out.add("约" + n + "亿元"); break;
                case 13: out.add("近" + n + "名"); break;
                case 14: out.add(n + "多个"); break;
                case 15: out.add((1 + r.nextInt(30)) + "家左右"); break;
                case 16: out.add(n + "-" + (n + 1 + r.nextInt(100)) + "个"); break;
                case 17: out.add(n + "～" + (n + 1 + r.nextInt(100)) + "亿元"); break;
                case 18: out.add("比上年增长" + d + "%"); break;
                case 19: out.add("同比下降" + d + "%"); break;
                case 20: out.add("前" + (10 * (1 + r.nextInt(50))) + "强"); break;
                case 21: out.add(d + "个百分点"); break;
                case 22: out.add(d + "万吨"); break;
                case 23: out.add(CHINESE_NUMERALS[r.nextInt(CHINESE_NUMERALS.length)]); break;
                case 24: out.add("more than CNY " + n + " billion"); break;
                case 25: out.add("US$ " + d + " billion"); break;
                case 26: out.add("up " + d + "%"); break;
                case 27: out.add(String.format(Locale.ROOT, "%,d", n * 1000 + r.nextInt(1000)) + "元"); break;
                case 28: out.add("达到" + d + "万亿元"); break;
                default: out.add("不超过" + d + "%"); break;
            }
        }
        return out;
    }

    /** A number with one to two decimals: "1.03", "18.5", "709.14". */
    private static String decimal(Random r) {
        int whole = r.nextInt(4) == 0 ? r.nextInt(10) : r.nextInt(1000);
        int decimals = 1 + r.nextInt(2);
        int fraction = 1 + r.nextInt(decimals == 1 ? 9 : 99);
        String f = decimals == 2 && fraction < 10 ? "0" + fraction : String.valueOf(fraction);
        return whole + "." + f;
    }

    private static String bareNumber(Random r) {
        switch (r.nextInt(4)) {
            case 0: return decimal(r) + "万亿";
            case 1: return (1 + r.nextInt(9999)) + "亿";
            case 2: return decimal(r) + "亿";
            default: return (1 + r.nextInt(9999)) + "万";
        }
    }
}
