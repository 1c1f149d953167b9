package fr.vigie.simulate;

/** Receives progress over the territories of a run (the CLI draws a bar from it). */
public interface SimulationProgress {
    void start(long territories);

    void advance();

    static SimulationProgress none() {
        return new SimulationProgress() {
            @Override
            public void start(long territories) {}

            @Override
            public void advance() {}
        };
    }
}
