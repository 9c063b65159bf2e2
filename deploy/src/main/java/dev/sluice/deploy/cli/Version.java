package dev.sluice.deploy.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code sluice --version}: the version in the jar's manifest. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"sluice " + (version == null ? "(development build)" : version)};
    }
}
