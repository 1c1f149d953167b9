package fr.vigie.simulate;

import fr.vigie.VigieException;
import fr.vigie.store.SimulationInputs;
import fr.vigie.store.SimulationInputs.Place;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates a realistic, labelled-simulated dataset over the real registry, in the canonical
 * formats (docs/formats/README.md), streaming to files. Deterministic: the same settings and the
 * same registry give byte-identical files. The model is documented in docs/simulator.md.
 */
public final class Simulator {
    /** Name and version of the model; bump the version when output for a seed changes. */
    public static final String GENERATOR = "vigie-simulate/2";

    private final SimulationInputs inputs;

    public Simulator(SimulationInputs inputs) {
        this.inputs = inputs;
    }

    /** Whether {@code folder} already holds the complete dataset these settings would write. */
    public boolean hasDataset(SimulationSettings settings, Path folder) {
        return Manifest.matches(folder, settings);
    }

    public SimulationSummary run(SimulationSettings settings, Path folder, SimulationProgress progress) {
        if (inputs.territoryCount() == 0) {
            throw new VigieException("the territory registry is empty: load it first (vigie territories …),"
                    + " the simulator works over the real territories");
        }
        SimulationScope resolved = settings.scope().resolve(inputs);
        List<Place> places = resolved.places(inputs);
        AccountPlanner.Plan plan = new AccountPlanner(settings.seed()).plan(places);
        long accounts;
        java.util.Map<String, Long> counts;
        Manifest.forget(folder);
        try (DatasetFiles files = DatasetFiles.create(folder)) {
            accounts = writeRegistry(plan, files);
            var context = RunContext.of(settings, files);
            var related = new RelatedAccounts(plan);
            var timeline = new AccountTimeline(context);
            var citizens = new CitizenPosts(context);
            progress.start(plan.territories().size());
            for (SimTerritory territory : plan.territories()) {
                List<String> hashtags = plan.hashtags().getOrDefault(territory.code(), List.of());
                for (SimAccount account : plan.accounts().get(territory.code())) {
                    timeline.write(account, related.of(account), hashtags);
                }
                citizens.write(territory, hashtags);
                progress.advance();
            }
            counts = files.counts();
        }
        Manifest.write(folder, settings, resolved, places, counts);
        return new SimulationSummary(folder, places.size(), accounts, counts);
    }

    private static long writeRegistry(AccountPlanner.Plan plan, DatasetFiles files) {
        long accounts = 0;
        for (List<SimAccount> own : plan.accounts().values()) {
            for (SimAccount account : own) {
                files.write(
                        DatasetFile.ACCOUNTS,
                        new CsvLine()
                                .add(account.territory().code())
                                .add(account.network().id())
                                .add(account.handle())
                                .add(account.role())
                                .add(account.theme())
                                .add(account.status())
                                .add(account.platformId())
                                .add(account.displayName())
                                .simulated());
                accounts++;
            }
        }
        plan.hashtags()
                .forEach((code, tags) -> tags.forEach(tag -> files.write(
                        DatasetFile.HASHTAGS, new CsvLine().add(code).add(tag).simulated())));
        return accounts;
    }
}
