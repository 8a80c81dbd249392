/**
 * Exact quantities and the figures plans and bulletins write: what Attain measures with, and how
 * it reads and writes "突破7000亿元", "1.03万亿元", "增长7.1%" or "more than CNY 700 billion".
 *
 * <h2>What lives here</h2>
 * <ul>
 *   <li>{@link dev.attain.quantity.Unit} and {@link dev.attain.quantity.Dimension}: money in a
 *       currency ({@code CNY}, {@code USD}), a count with its measure word ({@code 家}, {@code 个}),
 *       a physical quantity ({@code 吨}, {@code 千瓦时}), percent ({@code %}), percentage points
 *       ({@code pp}), a rank ({@code rank}), a plain number ({@code ""}).</li>
 *   <li>{@link dev.attain.quantity.Quantity}: an exact {@code BigDecimal} in the unit's base (元, not
 *       亿元), with exact arithmetic; mixing units throws
 *       {@link dev.attain.quantity.UnitMismatchException}.</li>
 *   <li>{@link dev.attain.quantity.Figure}: a figure phrase as an interval of values, with its
 *       {@link dev.attain.quantity.Qualifier} kept for display; ABOUT and NEARLY widen by a
 *       {@link dev.attain.quantity.Tolerance} (by default 5% each).</li>
 *   <li>{@link dev.attain.quantity.Figure#parse(CharSequence)} reads a phrase, and
 *       {@link dev.attain.quantity.FigureFormat} writes one back, in Chinese or in English; bad text
 *       throws {@link dev.attain.quantity.FigureParseException}, which says at which index what was
 *       expected.</li>
 * </ul>
 * The package depends on nothing else in Attain, and on nothing but Guava and the JDK.
 *
 * <h2>The phrases {@code Figure.parse} reads</h2>
 * A phrase is: words before the number, the number, its magnitude and unit, and words after it;
 * spaces may stand between any two of these.
 * <ul>
 *   <li><b>Numbers</b>: ASCII and full-width digits ({@code 7000}, {@code ７０００}), a decimal point
 *       ({@code 1.03}, {@code １．５}), thousands separators in groups of three ({@code 4,579},
 *       {@code 1,234,567}); a sign ({@code -3%}, {@code +5%}, {@code −3%}); Chinese numerals
 *       ({@code 一千一百四十一}, {@code 两万}, {@code 十三}, {@code 三百零五}, {@code 〇},
 *       {@code 二〇二二}, {@code 一万五}, {@code 十八点五}, {@code 百亿}) and financial numerals
 *       ({@code 壹佰贰拾叁}); fractions with an exact decimal value ({@code 二分之一},
 *       {@code 四分之三}; {@code 三分之一} is refused).</li>
 *   <li><b>Magnitudes</b>: {@code 万}, {@code 亿}, {@code 万亿}, and {@code 十}, {@code 百},
 *       {@code 千} before them ({@code 十万}, {@code 百万}, {@code 千万}, {@code 十亿}, {@code 百亿},
 *       {@code 千亿}) or alone after digits ({@code 3千}); {@code thousand}, {@code million},
 *       {@code billion}, {@code trillion}, {@code k}, {@code M}/{@code mn}, {@code bn}.</li>
 *   <li><b>Money</b>: {@code 元}, {@code 人民币} (before or after), {@code ¥}, {@code ￥},
 *       {@code RMB}, {@code CNY}, {@code yuan}; {@code 美元}, {@code $}, {@code US$}, {@code USD},
 *       {@code dollars}; {@code 欧元}, {@code 日元}, {@code 港元}, {@code 英镑}, {@code €},
 *       {@code £}, {@code HK$}; and any ISO 4217 code in capitals, before or after the number
 *       ({@code CHF 5 billion}, {@code 700亿 CHF}). With a magnitude: {@code 万元}, {@code 亿元},
 *       {@code 亿美元}, {@code 万亿元}.</li>
 *   <li><b>Counts and physical units</b>: every measure word of
 *       {@link dev.attain.quantity.Unit} ({@code 家}, {@code 个}, {@code 项}, {@code 名},
 *       {@code 人}, {@code 户}, {@code 座}, {@code 台}, {@code 辆}, {@code 人次} …; {@code 吨},
 *       {@code 千瓦}, {@code 千瓦时}, {@code 公里}, {@code 平方米}, {@code 亩}, {@code 斤} …; the compound units of
 *       environmental and intensity targets, {@code 微克/立方米}, {@code 吨标准煤/万元} …), with a magnitude
 *       in front ({@code 万吨}, {@code 亿千瓦时}, {@code 千公顷}), and English names of the physical
 *       ones ({@code tonnes}, {@code kWh}, {@code kW}, {@code MW}, {@code km}, {@code mu},
 *       {@code square metres}, {@code hectares} …).</li>
 *   <li><b>Percent and percentage points</b>: {@code 18.5%}, {@code 18.5％}, {@code 百分之十八点五},
 *       {@code percent}; {@code 6个百分点}, {@code 百分点}, {@code pp},
 *       {@code percentage points}; per mille as tenths of them, exactly: {@code 5‰} is 0.5%,
 *       {@code 2个千分点} 0.2 percentage points.</li>
 *   <li><b>Qualifiers before the number</b>: MORE_THAN {@code 突破 超过 超 逾 过 高于 大于 多于},
 *       {@code more than, over, above, exceeding}; AT_LEAST {@code 不低于 不少于 至少 不小于},
 *       {@code at least, no less than, not less than}; AT_MOST {@code 不超过 不高于 最多 至多},
 *       {@code no more than, not more than, at most, up to}; LESS_THAN {@code 不到 不足 低于 少于},
 *       {@code less than, fewer than, under, below}; ABOUT {@code 约 大约 约为},
 *       {@code about, around, approximately, roughly}; NEARLY {@code 近 接近 将近},
 *       {@code nearly, almost, close to, just under}; no qualifier {@code 达到 达 为 居 位居};
 *       {@code 控制在} is AT_MOST unless a word after the number says otherwise
 *       ({@code 控制在3%以内}, {@code 控制在5%左右}).</li>
 *   <li><b>Qualifiers after the number</b>: AT_LEAST {@code 以上 及以上}, {@code or more};
 *       AT_MOST {@code 以下 以内}, {@code or less}; ABOUT {@code 左右 上下}, {@code or so};
 *       MORE_THAN {@code 多 余} right after the digits or the magnitude ({@code 3000多个},
 *       {@code 10余家}, {@code 100多万元}, {@code 1万多家}). The same qualifier may be said twice
 *       ({@code 约10家左右}); two different ones are refused.</li>
 *   <li><b>Signs</b>: {@code 增长 提高 提升 上升 增加 上涨}, {@code up, rose, grew} are +;
 *       {@code 下降 降低 减少 下滑 下跌 回落}, {@code down, fell} are −, also after
 *       {@code 比上年, 比上年同期, 同比, 环比, 较上年} ({@code 比上年增长7.1%}, {@code 同比下降3%}).
 *       A qualifier after a fall speaks of its size: {@code 下降超过3%} is below −3%,
 *       {@code 下降3%以上} at most −3%; {@code 下降近3%} is refused, as no qualifier says "just
 *       above −3%".</li>
 *   <li><b>Ranks</b>: {@code 第13位}, {@code 第13名}, {@code 第十三位}, {@code 13th}, {@code No. 13}
 *       (EXACT); {@code 前200强}, {@code 前10}, {@code 前10名}, {@code 10强}, {@code top 10} (AT_MOST);
 *       {@code 第13位以内} (AT_MOST), {@code 第13位以后} (MORE_THAN), {@code 第13位及以后}
 *       (AT_LEAST), {@code 第13位以前} (LESS_THAN), {@code 第13位左右}, {@code 近第13位};
 *       {@code 13th or lower}, {@code 13th or higher}, {@code lower than 13th},
 *       {@code higher than 13th}. Words such as 以上 or 突破, which could mean a better or a worse
 *       place, are refused with a rank.</li>
 *   <li><b>Ranges</b> (BETWEEN, both ends included): {@code 2-3个}, {@code 2至3家}, {@code 2到3个},
 *       {@code 500～600亿元} (the magnitude and unit written once apply to both ends),
 *       {@code 500亿-600亿元}, {@code 5000万元至1亿元}, {@code 下降2-3%} (−3 to −2),
 *       {@code between 2 and 3}, {@code 2 to 3}, {@code CNY 50-60 billion},
 *       {@code 3rd to 5th}. The end must not be below the start.</li>
 * </ul>
 * Values must be below 10^30 in magnitude, with at most 30 decimals once the magnitude is applied.
 *
 * <h2>Implementation Requirements</h2>
 * Every public type here is immutable and thread-safe.
 */
package dev.attain.quantity;
