package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TieGroupsTest {
    /** The packed sort and the binary searches agree, and both match a count of smaller and equal keys. */
    @Test
    void locatesEveryKeyAmongTheSortedKeysWithOrWithoutPacking() {
        Random random = new Random(3);
        for (int c = 0; c < 200; c++) {
            int n = random.nextInt(40);
            long[] keys = new long[n];
            boolean wide = c % 2 == 0;
            for (int i = 0; i < n; i++) {
                keys[i] = wide ? random.nextLong() >> random.nextInt(3) : random.nextInt(10) - 5;
            }
            if (wide && n > 0) {
                keys[0] = Long.MAX_VALUE; // forces the binary searches
            }
            int[] first = new int[n];
            int[] end = new int[n];
            TieGroups.locate(keys, first, end);
            for (int i = 0; i < n; i++) {
                long key = keys[i];
                assertThat(first[i]).as("case %d", c).isEqualTo((int)
                        Arrays.stream(keys).filter(k -> k < key).count());
                assertThat(end[i]).as("case %d", c).isEqualTo((int)
                        Arrays.stream(keys).filter(k -> k <= key).count());
            }
        }
    }
}
