package io.socialmaturity.benchmark;

/**
 * Median and quartiles of a sorted sample by linear interpolation between closest ranks (Hyndman & Fan
 * type 7: the default of R, NumPy and spreadsheet PERCENTILE.INC): {@code h = (n-1)p}, value
 * {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])}. Scores carry two decimals, so the
 * result is exact at four decimals.
 */
record Quartiles(double p25, double median, double p75) {

    static Quartiles of(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return new Quartiles(at(sorted, 0.25), at(sorted, 0.5), at(sorted, 0.75));
    }

    static double at(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double value = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        return Math.round(value * 10_000d) / 10_000d;
    }
}
