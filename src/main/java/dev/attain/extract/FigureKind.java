package dev.attain.extract;

import dev.attain.model.Measure;
import java.util.Optional;

/** What a figure found in a text measures, as its words say. */
public enum FigureKind {
    /** A level or an amount over the period: "营业收入突破7000亿元", "总数达4579家". */
    LEVEL(Measure.FLOW),
    /** An amount added during the period: "新增规模以上工业企业1000家", "净增", "新建". */
    INCREMENT(Measure.INCREMENT),
    /** A growth rate: "增长7%左右", "同比增长7.1%", "可比增长8%". */
    GROWTH_RATE(Measure.RATE),
    /** A share or another percentage level: "占…比重达到90%以上", "完工率43.9%". */
    SHARE(Measure.SHARE),
    /** A place in a ranking: "居全国第7位", "进入全国10强". */
    RANK(Measure.RANK),
    /** A change in percentage points: "比上年提高2个百分点", "高于全国平均水平6个百分点". */
    POINTS_CHANGE(null),
    /** A change of place in a ranking: "前移1位", "前移4位". */
    RANK_CHANGE(null),
    /** A sign with no number: "保持正增长", "稳步增加". */
    SIGN(null),
    /** A multiple of a base: "翻一番", "翻两番". */
    MULTIPLE(null),
    /** A comparison with another indicator in the same period: "与经济增长保持同步". */
    RELATIVE(null);

    private final Measure measure;

    FigureKind(Measure measure) {
        this.measure = measure;
    }

    /**
     * The dataset measure this kind maps to, where the model has one. The relative kinds
     * (changes, signs, multiples, comparisons) have none yet: they are kept as candidates with
     * their phrase and kind until the model gains their forms.
     *
     * @return the measure, or empty for a relative kind
     */
    public Optional<Measure> measure() {
        return Optional.ofNullable(measure);
    }

    /**
     * Tells whether the figure is relative to another value (an earlier period, another
     * indicator, a base): a change, a sign, a multiple or a comparison.
     *
     * @return true for the relative kinds
     */
    public boolean isRelative() {
        return measure == null;
    }
}
