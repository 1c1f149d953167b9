package fr.vigie.ranking;

import java.util.Arrays;

/**
 * Where each key falls once the keys are sorted ascending: the first and one-past-last positions of
 * its group of equal keys. The ranks and percentiles of a palmarès, and of each bootstrap resample,
 * are read from these positions. When the keys span less than 2⁴³ and there are fewer than 2²⁰ of
 * them, each key is packed with its index in one long and a single primitive sort does the work;
 * otherwise the keys are sorted alone and each one is found by binary search.
 */
final class TieGroups {
    private static final int INDEX_BITS = 20;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Values are compared rounded to 6 decimals, as in the palmarès. */
    private static final double TIE_SCALE = 1e6;

    private TieGroups() {}

    /**
     * The values that are not NaN, located among themselves once turned into keys (value × sign,
     * rounded to 6 decimals).
     *
     * @param present the indices of those values in the input, the first {@code count} entries
     * @param first for each of them (in the order of present), the first position of its group
     * @param end for each of them, one past the last position of its group
     */
    record Located(int[] present, int count, int[] first, int[] end) {}

    static Located ofValues(double[] values, double sign) {
        int n = values.length;
        int[] present = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                present[m++] = i;
            }
        }
        long[] keys = new long[m];
        for (int k = 0; k < m; k++) {
            keys[k] = Math.round(sign * values[present[k]] * TIE_SCALE);
        }
        int[] first = new int[m];
        int[] end = new int[m];
        locate(keys, first, end);
        return new Located(present, m, first, end);
    }

    /**
     * @param first receives, for each key, the position of the first key equal to it in sorted order
     * @param end receives, for each key, one past the position of the last key equal to it
     */
    static void locate(long[] keys, int[] first, int[] end) {
        int n = keys.length;
        if (n == 0) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long k : keys) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        boolean packable = n <= INDEX_MASK && max - min >= 0 && max - min < (1L << (63 - INDEX_BITS));
        if (packable) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = ((keys[i] - min) << INDEX_BITS) | i;
            }
            Arrays.sort(packed);
            int start = 0;
            while (start < n) {
                long key = packed[start] >>> INDEX_BITS;
                int stop = start + 1;
                while (stop < n && packed[stop] >>> INDEX_BITS == key) {
                    stop++;
                }
                for (int p = start; p < stop; p++) {
                    int i = (int) (packed[p] & INDEX_MASK);
                    first[i] = start;
                    end[i] = stop;
                }
                start = stop;
            }
            return;
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            first[i] = firstIndexOf(sorted, keys[i]);
            end[i] = keys[i] == Long.MAX_VALUE ? n : firstIndexOf(sorted, keys[i] + 1);
        }
    }

    /** The index of the first element not below the key in a sorted array. */
    static int firstIndexOf(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
