package fr.vigie.collect.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AppUsageTest {
    @Test
    void noPauseBelowNinetyPercentOrWithoutHeaders() {
        assertThat(AppUsage.pause("{\"call_count\":89,\"total_time\":10,\"total_cputime\":3}", null, null))
                .isZero();
        assertThat(AppUsage.pause(null, null, null)).isZero();
    }

    @Test
    void pausesMoreAsTheHighestFigureRises() {
        assertThat(AppUsage.pause("{\"call_count\":12,\"total_time\":90,\"total_cputime\":3}", null, null))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(AppUsage.pause(null, "{\"call_count\":97,\"total_time\":1,\"total_cputime\":1}", null))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(AppUsage.pause("{\"call_count\":100,\"total_time\":1,\"total_cputime\":1}", null, null))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theBusinessUseCaseEstimateWinsWhenLongerAndIsCappedAtAnHour() {
        String usage = "{\"108824017345866\":[{\"type\":\"pages\",\"call_count\":91,\"total_cputime\":20,"
                + "\"total_time\":30,\"estimated_time_to_regain_access\":%d}]}";
        assertThat(AppUsage.pause(null, null, usage.formatted(40))).isEqualTo(Duration.ofMinutes(40));
        assertThat(AppUsage.pause(null, null, usage.formatted(0))).isEqualTo(Duration.ofMinutes(5));
        assertThat(AppUsage.pause(null, null, usage.formatted(600))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anUnreadableHeaderAsksForNoPause() {
        assertThat(AppUsage.pause("call_count=95", null, "[1,2]")).isZero();
    }
}
