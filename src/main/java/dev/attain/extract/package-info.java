/**
 * Reading plans and bulletins from their text: the figure phrases of running text found and
 * attached to an indicator, a period, a commitment and a kind, each cited to its characters.
 *
 * <pre>{@code
 * Extraction x = Extractor.defaults().extract(text, published);
 * x.targets();    // TargetCandidate: indicator, period, requirement, phrase, start, end, commitment, kind
 * x.outcomes();   // OutcomeCandidate: the same with value() and published()
 * x.unresolved(); // every other figure, with its characters and why
 * Dataset draft = x.draft("plan.txt").against(handMade).scope(Scope.of("region", "江西省")).build();
 * }</pre>
 *
 * <h2>How a text is read</h2>
 * <ol>
 *   <li><b>Clean text.</b> Noise glyphs of scraped pages (◆■★ and the other geometric shapes and
 *       symbols), even inside numbers ("1◆◆◆★■★.03万亿元"), and the spaces PDF extraction leaves in
 *       Chinese text ("3000 项以上") are read past; HTML tags end a sentence. Offsets always point
 *       into the original text: {@code phrase()} is {@code text.substring(start(), end())}.</li>
 *   <li><b>Time.</b> Years ("2020年", "到2025年", "2021-2025年"), halves, quarters, month ranges
 *       ("1-5月", "1—6月", "截至9月"), months and days, five-year plans ("“十四五”期间"), and 今年,
 *       明年, 去年, 上年 (from the publication date; "比上年" is a comparison, not a period). A
 *       figure's period is the nearest time expression before it in its sentence, else the
 *       paragraph's latest (an enumeration — 一是, 第二, （三） — goes back to the paragraph's
 *       first), else the last heading's ("## 4月"), else the year the document's title names. A
 *       bare year that only repeats the year of a more precise context leaves that context's period.</li>
 *   <li><b>Figures.</b> Every run of digits outside a time expression, read by
 *       {@link dev.attain.quantity.Figure#parse} with the words in front of it (突破, 达到, 约,
 *       同比增长, 居全国第 …) and up to where the figure ends; Chinese numerals where a figure word
 *       announces them ("突破万亿元", "居全国第三", "万户以上"). Digits in names and codes ("5G",
 *       "“2+6+N”", "“30条”", a year in "2022世界VR产业大会") are kept as unresolved.</li>
 *   <li><b>Indicator.</b> The words before the figure in its list item, without the sentence's words
 *       (力争, 全年, 全省 …) and the figure's verb (突破, 达到, 均 …); or, for a count, the noun after
 *       it ("对接500个|项目"). A figure followed by a noun and another figure is part of that noun
 *       ("投资过亿元项目3000项以上", "超1000亿元的2个"). A list item that leaves out what the first
 *       said takes it over: the measure noun ("有色产业营业收入突破7000亿元、电子信息产业突破5000亿元"),
 *       the increment verb ("新增…1000家、高新技术企业500家"), the subject of a generic name
 *       ("新增…1141家、总数达4579家", "利润", "产业规模"). <b>分别</b> distributes the figures over the
 *       subjects before it, with a suffix or measure noun said once ("装备、建材…半导体照明产业分别
 *       实现营业收入4000亿元、3300亿元…"); <b>均</b> and 双 share one figure over several indicators
 *       ({@link dev.attain.extract.Combination#EACH}); "A和B" before a figure is their sum. A growth
 *       rate and a rank say so in the name ("…增长率", "…全国排名").</li>
 *   <li><b>Kind.</b> {@link dev.attain.extract.FigureKind}: a rank (第7位, 10强), a change of rank
 *       (前移4位), a change in points (提高2个百分点), a growth rate (增长, 同比, 下降), a share (其他
 *       %), an increment (新增, 净增, 新建), else a level.</li>
 *   <li><b>Target or outcome.</b> A figure whose period ended before the publication date is an
 *       outcome; one whose period has not ended is a target when its clause sets a goal (力争, 确保,
 *       目标, 计划, 将, 要 …), when the document is a plan (its title says 工作要点, 计划, 规划 …) or
 *       when the period is still to come, and an outcome when it reports a running figure (以来, 同比,
 *       截至, 累计完成). <b>Commitment</b>: 力争, 争取 make a stretch goal up to the next semicolon or
 *       full stop; 确保 a floor; 约束性 a binding target.</li>
 *   <li><b>Nothing dropped.</b> A figure that is none of these is
 *       {@linkplain dev.attain.extract.Unresolved unresolved}, with why: a name or code, unreadable,
 *       no unit, part of an indicator's name, no indicator, a count of an event or list, superseded by
 *       a narrower figure for the same indicator ("突破万亿元、达1.03万亿元"), or a repetition.</li>
 * </ol>
 *
 * <p>Relative and sign targets ("比上年提高2个百分点", "前移1位", "保持正增长") are candidates with
 * their phrase and kind; the dataset has no form for them yet, so {@link dev.attain.extract.DatasetDraft}
 * leaves them out and lists them.
 *
 * <p>The package depends on {@code dev.attain.quantity} and {@code dev.attain.model} only. Every
 * public type is immutable and thread-safe except the {@link dev.attain.extract.DatasetDraft} builder.
 */
@NullMarked
package dev.attain.extract;

import org.jspecify.annotations.NullMarked;
