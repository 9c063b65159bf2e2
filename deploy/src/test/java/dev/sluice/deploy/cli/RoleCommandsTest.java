package dev.sluice.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.common.job.Resources;
import dev.sluice.coordinator.CoordinatorSettings;
import dev.sluice.coordinator.pool.Pool;
import dev.sluice.coordinator.pool.PoolCatalog;
import dev.sluice.deploy.local.DemoCsv;
import dev.sluice.deploy.local.LocalSettings;
import dev.sluice.deploy.testing.FakeCoordinatorApi;
import dev.sluice.worker.WorkerSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RoleCommandsTest {

    @Test
    void coordinatorOptionsBecomeItsSettings() {
        CoordinatorCommand command = CliRun.parse("coordinator", "--bootstrap-servers", "kafka:9092",
                "--http-port", "8181", "--state-dir", "/var/sluice", "--partitions", "12");

        CoordinatorSettings settings = command.settings();

        assertThat(settings.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(settings.httpPort()).isEqualTo(8181);
        assertThat(settings.stateDir()).isEqualTo(Path.of("/var/sluice"));
        assertThat(settings.partitions()).isEqualTo(12);
        assertThat(settings.pools()).isEqualTo(PoolCatalog.defaults());
    }

    @Test
    void poolsAreAddedToTheDefaultPoolAndCanResizeIt() {
        CoordinatorCommand command = CliRun.parse("coordinator", "--bootstrap-servers", "kafka:9092",
                "--pool", "gpu:cpu=8000m,memory=32GB", "--pool", "default:cpu=2000m,memory=4GB");

        assertThat(command.settings().pools().pools()).containsExactly(
                new Pool("default", new Resources(2000, 4L << 30)),
                new Pool("gpu", new Resources(8000, 32L << 30)));
    }

    @Test
    void aPoolThatCannotBeReadIsAUsageErrorThatNamesIt() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "coordinator", "--bootstrap-servers", "kafka:9092",
                "--pool", "gpu:cpu=lots");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sluice: --pool gpu:cpu=lots: pool.cpu").hasLineCount(1);
    }

    @Test
    void aCoordinatorWithoutKafkaIsAUsageError() {
        assumeTrue(System.getenv("SLUICE_BOOTSTRAP_SERVERS") == null, "SLUICE_BOOTSTRAP_SERVERS is set here");

        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "coordinator");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--bootstrap-servers=HOST:PORT'").hasLineCount(1);
    }

    @Test
    void aBadPartitionCountIsAUsageErrorThatNamesIt() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "coordinator", "--bootstrap-servers", "kafka:9092",
                "--partitions", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sluice: partitions must be at least 1");
    }

    @Test
    void workerOptionsBecomeItsSettings() {
        WorkerCommand command = CliRun.parse("worker", "--bootstrap-servers", "kafka:9092", "--pool", "gpu",
                "--concurrency", "3", "--http-port", "9100", "--worker-id", "w-1");

        WorkerSettings settings = command.settings();

        assertThat(settings.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(settings.pool()).isEqualTo("gpu");
        assertThat(settings.concurrency()).isEqualTo(3);
        assertThat(settings.httpPort()).isEqualTo(9100);
        assertThat(settings.workerId()).isEqualTo("w-1");
    }

    @Test
    void aWorkerByDefaultRunsTheDefaultPoolOnEveryProcessorWithoutAnHttpServer() {
        WorkerCommand command = CliRun.parse("worker", "--bootstrap-servers", "kafka:9092");

        WorkerSettings settings = command.settings();

        assertThat(settings.pool()).isEqualTo("default");
        assertThat(settings.concurrency()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(settings.httpPort()).isEqualTo(-1);
    }

    @Test
    void aWorkerConcurrencyBelowOneIsAUsageError() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "worker", "--bootstrap-servers", "kafka:9092",
                "--concurrency", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sluice: concurrency must be at least 1").hasLineCount(1);
    }

    @Test
    void demoRunsOnTheUsualPortsInATemporaryDirectoryByDefault() {
        DemoCommand command = CliRun.parse("demo");

        assertThat(command.local.settings()).isEqualTo(new LocalSettings(8080, 9092, null, 2));
        assertThat(command.records).isEqualTo(DemoCsv.DEFAULT_ROWS);
    }

    @Test
    void devTakesItsPortsAndDataDirectory() {
        DevCommand command = CliRun.parse("dev", "--http-port", "0", "--kafka-port", "19092", "--data-dir", "/tmp/s",
                "--workers", "3");

        assertThat(command.local.settings()).isEqualTo(new LocalSettings(0, 19092, Path.of("/tmp/s"), 3));
    }

    @Test
    void demoRefusesBadValuesBeforeStartingAnything() {
        CliRun.Result noRecords = CliRun.run(new FakeCoordinatorApi(), "demo", "--records", "0");
        CliRun.Result noWorkers = CliRun.run(new FakeCoordinatorApi(), "demo", "--workers", "0");

        assertThat(noRecords.exitCode()).isEqualTo(2);
        assertThat(noRecords.err()).startsWith("sluice: --records must be at least 1");
        assertThat(noWorkers.exitCode()).isEqualTo(2);
        assertThat(noWorkers.err()).startsWith("sluice: workers must be at least 1");
        assertThat(noRecords.out() + noWorkers.out()).isEmpty();
    }
}
