package dev.attain.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds {@link Figure#parse} 100,000 seeded random and mutated strings (10 seeds × 10,000): each
 * must either parse, and then write and read back as the same figure, or throw
 * {@link FigureParseException} with an index inside the input. Never another exception, never a
 * hang.
 */
class FigureFuzzTest {

    private static final int STRINGS_PER_SEED = 10_000;

    /** Valid phrases to mutate, beside those the formatter writes for random figures. */
    private static final String[] PHRASES = {
        "突破7000亿元", "1.03万亿元", "超6000亿元", "4000亿元以上", "109家", "增长18.5%", "第8位", "982亿元",
        "63.7%", "709.14亿美元", "5万家", "1万个", "3000个以上", "3000多个", "10余家", "10家左右",
        "一千一百四十一", "两万", "三百零五", "逾百亿元", "二分之一", "壹佰贰拾叁元", "６个百分点",
        "比上年增长7.1%", "同比下降3%", "-3%", "前200强", "前10", "2-3个", "2至3家", "500～600亿元",
        "500亿-600亿元", "between 2 and 3", "more than CNY 700 billion", "up 7.1%", "down 3%",
        "US$ 70.9 billion", "1.2 million tonnes", "约2000亿元", "近1000亿元", "控制在5%以内", "第13位以后",
        "百分之十八点五", "一点零三万亿元", "3千万千瓦时", "1,234,567元", "13th or lower", "¥700亿",
    };

    /** What mutations insert: digits, numerals, unit and qualifier words, punctuation, noise. */
    private static final String[] PIECES = {
        "0", "1", "5", "9", "０", "７", ".", "．", ",", "，", "-", "－", "~", "～", "至", "到", "+", "−", " ",
        "\u3000", "%", "％", "〇", "零", "一", "两", "十", "百", "千", "万", "亿", "万亿", "点", "分之", "壹", "拾",
        "元", "亿元", "美元", "家", "个", "项", "吨", "千瓦时", "千瓦", "平方米", "个百分点", "百分点", "位", "名",
        "强", "第", "前", "以上", "以下", "以内", "左右", "多", "余", "突破", "超过", "超", "逾", "不低于", "至少",
        "达到", "约", "近", "接近", "不到", "不足", "不超过", "控制在", "增长", "下降", "比上年", "同比",
        "CNY", "USD", "US$", "$", "¥", "RMB", "billion", "million", "k", "bn", "th", "st", "top", "No.",
        "more than", "at least", "about", "nearly", "between", "and", "to", "or more", "year on year",
        "e", "^", "◆", "■", "★", "😀", "\uD83D", "。", "(", "/", "a", "Z",
    };

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parse_randomAndMutatedText_parsesOrThrowsFigureParseExceptionInsideTheInput(long seed) {
        RandomFigures figures = new RandomFigures(seed);
        Random random = figures.random();
        List<String> bases = new ArrayList<>(List.of(PHRASES));
        for (int i = 0; i < 200; i++) {
            Figure figure = figures.next();
            bases.add(FigureFormat.chinese().format(figure));
            bases.add(FigureFormat.english().format(figure));
        }
        int parsed = 0;
        for (int i = 0; i < STRINGS_PER_SEED; i++) {
            String input = random.nextInt(10) == 0 ? randomText(random) : mutate(bases.get(random.nextInt(bases.size())), random);
            if (check(seed, i, input)) {
                parsed++;
            }
        }
        assertThat(parsed).as("seed %d: some mutations still parse", seed).isPositive();
        assertThat(parsed).as("seed %d: some mutations fail", seed).isLessThan(STRINGS_PER_SEED);
    }

    /** Parses one input; returns whether it parsed, and fails the test on anything but the contract. */
    private static boolean check(long seed, int i, String input) {
        Figure figure;
        try {
            figure = Figure.parse(input);
        } catch (FigureParseException e) {
            if (e.index() < 0 || e.index() > input.length() || !e.input().equals(input)) {
                throw new AssertionError("seed " + seed + ", string " + i + " '" + input + "': index " + e.index()
                        + " outside [0, " + input.length() + "]", e);
            }
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ", string " + i + " '" + input + "' threw " + e, e);
        }
        for (FigureFormat format : new FigureFormat[] {FigureFormat.chinese(), FigureFormat.english()}) {
            String text = format.format(figure);
            Figure again;
            try {
                again = Figure.parse(text);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", string " + i + " '" + input + "' parsed, but " + format
                        + " wrote '" + text + "', which does not parse", e);
            }
            if (!again.equals(figure)) {
                throw new AssertionError("seed " + seed + ", string " + i + " '" + input + "' parsed as " + figure
                        + " " + figure.range() + ", but " + format + " wrote '" + text + "', read as " + again
                        + " " + again.range());
            }
        }
        return true;
    }

    /** Applies one to three insertions, deletions or replacements. */
    private static String mutate(String base, Random random) {
        StringBuilder b = new StringBuilder(base);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(b.length() + 1);
            switch (random.nextInt(3)) {
                case 0:
                    b.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    break;
                case 1:
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                    break;
                default:
                    if (at < b.length()) {
                        b.setCharAt(at, PIECES[random.nextInt(PIECES.length)].charAt(0));
                    } else {
                        b.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    break;
            }
        }
        return b.toString();
    }

    /** Returns up to a dozen random pieces, or random characters, or a very long run of digits. */
    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0:
                for (int n = random.nextInt(12); n > 0; n--) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
                break;
            case 1:
                for (int n = random.nextInt(20); n > 0; n--) {
                    b.append((char) random.nextInt(0x10000));
                }
                break;
            case 2:
                for (int n = random.nextInt(20); n > 0; n--) {
                    b.append((char) (0x20 + random.nextInt(0x5F)));
                }
                break;
            default:
                b.append(random.nextInt(10));
                for (int n = random.nextInt(600); n > 0; n--) {
                    b.append(random.nextBoolean() ? '0' : (char) ('0' + random.nextInt(10)));
                }
                b.append(PIECES[random.nextInt(PIECES.length)]);
                break;
        }
        return b.toString();
    }
}
