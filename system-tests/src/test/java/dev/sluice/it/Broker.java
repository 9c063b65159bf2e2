package dev.sluice.it;

import dev.sluice.embedded.EmbeddedKafka;

/** One real embedded KRaft broker for the whole test JVM; test classes keep apart by topic prefix. */
final class Broker {

    private static EmbeddedKafka kafka;

    private Broker() {
    }

    static synchronized EmbeddedKafka get() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(EmbeddedKafka.Settings.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }
}
