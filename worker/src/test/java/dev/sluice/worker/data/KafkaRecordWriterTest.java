package dev.sluice.worker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.record.RecordCodec;
import dev.sluice.common.record.RecordKeys;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class KafkaRecordWriterTest {

    private static final String TOPIC = "sluice.records";

    @Test
    void recordsGoToTheirRunsPartitionKeyedByTheirIdAndTheSegmentSaysWhere() throws Exception {
        MockProducer<String, byte[]> producer = MockProducers.of(true, TOPIC);
        producer.send(new ProducerRecord<>(TOPIC, RecordKeys.partition("sh_1", 10, 3), "sh_other/000000000000", new byte[0]));
        var writer = writer(producer);

        writer.write(record(10));
        writer.write(record(11));
        writer.write(record(12));
        Segment segment = writer.finish();

        List<ProducerRecord<String, byte[]>> sent = producer.history().subList(1, 4);
        assertThat(sent).extracting(ProducerRecord::key)
                .containsExactly("sh_1/000000000010", "sh_1/000000000011", "sh_1/000000000012");
        assertThat(sent).extracting(ProducerRecord::partition).containsOnly(RecordKeys.partition("sh_1", 10, 3));
        assertThat(RecordCodec.read(sent.get(0).value())).isEqualTo(record(10));
        assertThat(segment).isEqualTo(new Segment(RecordKeys.partition("sh_1", 10, 3), 1, 3, 10, 3, segment.writer()));
        assertThat(segment.writer()).isNotBlank();
        assertThat(sent).allSatisfy(record -> assertThat(new String(record.headers().lastHeader(Segment.WRITER_HEADER)
                .value(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(segment.writer()));
    }

    @Test
    void aWriterThatWroteNothingGivesTheEmptySegment() throws Exception {
        assertThat(writer(MockProducers.of(true, TOPIC)).finish()).isEqualTo(KafkaRecordWriter.EMPTY);
    }

    @Test
    void aFailedSendFailsTheFinishWithAnIOException() throws Exception {
        MockProducer<String, byte[]> producer = MockProducers.of(false, TOPIC);
        var writer = writer(producer);
        writer.write(record(0));
        writer.write(record(1));
        producer.errorNext(new RecordTooLargeException("too large"));

        assertThatThrownBy(writer::finish).isInstanceOf(IOException.class)
                .hasMessage("Kafka did not store rows 0..1 of sheet sh_1: too large");
    }

    @Test
    void rowsMustFollowEachOther() throws Exception {
        var writer = writer(MockProducers.of(true, TOPIC));
        writer.write(record(0));

        assertThatThrownBy(() -> writer.write(record(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows must follow each other: expected row 1 of sheet sh_1, got 2");
    }

    private static KafkaRecordWriter writer(MockProducer<String, byte[]> producer) {
        return new KafkaRecordWriter(producer, TOPIC, new Partitions(producer::partitionsFor));
    }

    private static SheetRecord record(long row) {
        return SheetRecord.of("sh_1", row, Map.of("name", "row " + row), List.of());
    }
}
