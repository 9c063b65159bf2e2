package dev.sluice.it;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.worker.scan.ClamdSettings;
import java.util.List;
import java.util.Map;

/**
 * A clamd with the signature databases a test gives, and a cluster whose workers scan with it: each
 * worker reads the clamd address as an operator gives it, from the JVM's system properties.
 */
final class ScanningCluster implements AutoCloseable {

    private final ClamdDaemon clamd;
    private final Cluster cluster;

    private ScanningCluster(ClamdDaemon clamd, Cluster cluster) {
        this.clamd = clamd;
        this.cluster = cluster;
    }

    static ScanningCluster start(Map<String, String> databases, int partitions, List<String> workerIds) throws Exception {
        ClamdDaemon clamd = ClamdDaemon.start(databases);
        Cluster cluster = null;
        System.setProperty(ClamdSettings.ADDRESS, clamd.address().toString());
        try {
            cluster = Cluster.start(partitions);
            for (String id : workerIds) {
                cluster.startWorker(s -> s.withWorkerId(id), HandlerRegistry.discover(ScanningCluster.class.getClassLoader()));
            }
            return new ScanningCluster(clamd, cluster);
        } catch (Exception | Error e) {
            if (cluster != null) {
                cluster.close();
            }
            clamd.close();
            throw e;
        } finally {
            System.clearProperty(ClamdSettings.ADDRESS);
        }
    }

    Api api() {
        return cluster.api();
    }

    @Override
    public void close() throws Exception {
        try {
            cluster.close();
        } finally {
            clamd.close();
        }
    }
}
