package fr.vigie.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, or says it runs from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"vigie " + (version == null ? "(development build)" : version)};
    }
}
