package fr.vigie.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.random.RandomGenerator;

/** Weekly and daily rhythm of publication, in Europe/Paris time. */
final class Rhythm {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday to Sunday; mean 1 over a week, so rates stay means per day. */
    private static final double[] OFFICIAL_WEEK = {1.12, 1.16, 1.16, 1.16, 1.10, 0.75, 0.55};

    /** Citizens post more on weekends. */
    private static final double[] CITIZEN_WEEK = {0.88, 0.88, 0.88, 0.88, 0.88, 1.3, 1.3};

    /** Weight of each hour 0–23 for official posts: office hours with a lunch dip. */
    private static final double[] OFFICIAL_HOURS = {
        0, 0, 0, 0, 0, 0, 0.3, 2, 6, 10, 11, 11, 8, 5, 8, 9, 9, 9, 8, 5, 3, 1.5, 0.5, 0
    };

    /** Citizens: later in the day, evenings included. */
    private static final double[] CITIZEN_HOURS = {
        0.5, 0.2, 0, 0, 0, 0, 0.5, 2, 4, 6, 7, 7, 7, 6, 6, 6, 7, 8, 10, 10, 9, 7, 4, 2
    };

    private Rhythm() {}

    static double officialDay(LocalDate day) {
        return OFFICIAL_WEEK[day.getDayOfWeek().getValue() - 1];
    }

    static double citizenDay(LocalDate day) {
        return CITIZEN_WEEK[day.getDayOfWeek().getValue() - 1];
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Seconds after local midnight for an official post. */
    static int officialSecondOfDay(RandomGenerator random) {
        return Draws.weighted(random, OFFICIAL_HOURS) * 3600 + random.nextInt(60) * 60;
    }

    /** Seconds after local midnight for a citizen's post. */
    static int citizenSecondOfDay(RandomGenerator random) {
        return Draws.weighted(random, CITIZEN_HOURS) * 3600 + random.nextInt(3600);
    }
}
