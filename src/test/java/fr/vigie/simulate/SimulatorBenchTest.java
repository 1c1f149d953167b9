package fr.vigie.simulate;

import fr.vigie.store.SimulationFixture;
import fr.vigie.store.SimulationInputs;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs on demand (-Dgroups=bench -DexcludedGroups=live): a PACA-sized dataset over 365 days into
 * target/bench-paca, printing its size, its duration and the model's expectation.
 */
@Tag("bench")
class SimulatorBenchTest {
    @Test
    void simulatesAPacaSizedRegistryOverAYear() {
        try (Store store = Store.inMemory()) {
            SimulationFixture.insertPacaLike(store);
            var inputs = new SimulationInputs(store);
            var settings = new SimulationSettings(
                    42,
                    SimulationScope.parse("93"),
                    365,
                    LocalDate.of(2026, 9, 30),
                    SimulationSettings.parseAges(SimulationSettings.DEFAULT_METRIC_AGES));
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var summary = new Simulator(inputs).run(settings, Path.of("target/bench-paca"), SimulationProgress.none());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "CPU of the generating thread: %.1f s%n", (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            System.out.printf(
                    "PACA-like, 365 days: %.1f s, %d accounts, %s%n", seconds, summary.accounts(), summary.counts());
            System.out.printf(
                    "expected posts %.0f, citizens' posts %.0f%n",
                    ExpectedVolume.posts(inputs.all(), 365), ExpectedVolume.citizenPosts(inputs.all(), 365));
        }
    }
}
