package dev.sluice.coordinator.streams;

/** A record the job processor sends, with the topic it goes to. */
record Out(String topic, byte[] value) {
}
