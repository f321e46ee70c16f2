package io.socialmaturity.assessment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * How the next cycle of a recurring assessment is named: the title without its period, then " · " and the period
 * the next cycle runs in, that is the period that contains the closing day plus the repeat interval (UTC). The
 * period is a year ("2027") when the interval is a whole number of years, a quarter ("2027-Q1") when it is a whole
 * number of quarters, else a month ("2027-03"). "Social maturity" closed on 3 Dec 2026, every 3 months, is followed
 * by "Social maturity · 2027-Q1", which is followed by "Social maturity · 2027-Q2". Plain functions.
 */
final class CyclePeriods {

    static final String SEPARATOR = " · ";

    /** A period suffix this class writes, so a title is never "X · 2027-Q1 · 2027-Q2". */
    private static final Pattern SUFFIX = Pattern.compile(" · \\d{4}(-Q[1-4]|-\\d{2})?$");

    private static final int TITLE_MAX = 200;

    private CyclePeriods() {}

    static String nextTitle(String title, int repeatMonths, Instant closedAt) {
        String base = SUFFIX.matcher(title.strip()).replaceFirst("").strip();
        String period = period(YearMonth.from(closedAt.atZone(ZoneOffset.UTC)).plusMonths(repeatMonths), repeatMonths);
        int room = TITLE_MAX - SEPARATOR.length() - period.length();
        if (base.length() > room) {
            base = base.substring(0, room).strip();
        }
        return base + SEPARATOR + period;
    }

    static String period(YearMonth month, int repeatMonths) {
        if (repeatMonths % 12 == 0) {
            return String.valueOf(month.getYear());
        }
        if (repeatMonths % 3 == 0) {
            return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        }
        return String.format("%d-%02d", month.getYear(), month.getMonthValue());
    }
}
