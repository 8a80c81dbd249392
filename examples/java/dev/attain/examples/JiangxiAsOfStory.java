package dev.attain.examples;

import static java.util.Objects.requireNonNull;

import dev.attain.Tracker;
import dev.attain.eval.Scorecard;
import dev.attain.report.AsOfReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The as-of story of the flagship: the same Jiangxi dataset evaluated as of 2020-12-31,
 * 2021-07-31, 2022-12-31 and 2023-06-30, to show how the picture changed as results were
 * published: the counts per status at each date, then, from each date to the next, which
 * targets changed status and why (the evaluator's verdict at the later date).
 *
 * <p>Run it from the repository root; the dates are optional (two or more, in order); add
 * {@code --lang en} for English:
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.JiangxiAsOfStory
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.JiangxiAsOfStory -Dexec.args="2021-01-31 2023-12-31"
 * }</pre>
 */
public final class JiangxiAsOfStory {

    /** The default dates: the end of the 2020 plan's year, the mid-2021 meeting, the end of 2022, mid-2023. */
    static final List<LocalDate> DEFAULT_DATES = List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 7, 31),
            LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 30));

    private JiangxiAsOfStory() {
    }

    /**
     * Runs the program.
     *
     * @param args  optional dates, two or more, in order; {@code --lang zh|en}
     */
    public static void main(String[] args) {
        int code = run(args, ExampleSupport.stdout(), ExampleSupport.stderr());
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the program with the given streams.
     *
     * @param args  the command line: no date, or two or more dates in order; {@code --lang zh|en}
     * @param out  where the story goes, not null
     * @param err  where errors go, not null
     * @return the exit code: 0; 2 for a bad argument; 3 when the data is not found
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<LocalDate> dates = new ArrayList<>();
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--lang")) {
                    String lang = i + 1 < args.length ? args[++i] : "";
                    if (!lang.equals("zh") && !lang.equals("en")) {
                        throw new ExampleSupport.UsageException("--lang needs zh or en, not '" + lang + "'");
                    }
                    locale = lang.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                } else {
                    dates.add(ExampleSupport.date(args[i], "a date of the story"));
                }
            }
            if (dates.size() == 1) {
                throw new ExampleSupport.UsageException("two or more dates are needed to tell what changed; got one");
            }
            for (int i = 1; i < dates.size(); i++) {
                if (!dates.get(i).isAfter(dates.get(i - 1))) {
                    throw new ExampleSupport.UsageException("the dates must be in order: " + dates.get(i) + " is not after "
                            + dates.get(i - 1));
                }
            }
        } catch (ExampleSupport.UsageException e) {
            err.println(e.getMessage());
            err.println("usage: JiangxiAsOfStory [date date ...] [--lang zh|en] (default dates " + DEFAULT_DATES + ")");
            return ExampleSupport.EXIT_USAGE;
        }
        Tracker tracker;
        try {
            tracker = ExampleSupport.flagship();
        } catch (ExampleSupport.MissingDataException e) {
            err.println(e.getMessage());
            return ExampleSupport.EXIT_NO_DATA;
        }
        out.print(story(tracker, dates.isEmpty() ? DEFAULT_DATES : dates, locale));
        return 0;
    }

    /**
     * Tells the story with the report package's {@link AsOfReport}: a table of counts per
     * status at each date, then the changes from each date to the next with the reason that
     * decided the new status.
     *
     * @param tracker  the tracker of the dataset, not null
     * @param dates  two or more dates, in order, not null
     * @param locale  Chinese or English, not null
     * @return the text, lines ending with "\n"
     */
    static String story(Tracker tracker, List<LocalDate> dates, Locale locale) {
        requireNonNull(tracker, "tracker");
        List<Scorecard> cards = dates.stream().map(tracker::evaluate).toList();
        return AsOfReport.of(locale).withDataset(tracker.dataset()).render(cards);
    }
}
