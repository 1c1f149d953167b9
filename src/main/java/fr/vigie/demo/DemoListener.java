package fr.vigie.demo;

/** Hears the demo's steps as they happen, to show progress; the report comes at the end. */
public interface DemoListener {
    /** A step starts, e.g. "Simulating REG-93 over 365 days". */
    void step(String description);

    /** A detail of the current step, e.g. one imported file's summary. */
    void detail(String line);

    DemoListener SILENT = new DemoListener() {
        @Override
        public void step(String description) {}

        @Override
        public void detail(String line) {}
    };
}
