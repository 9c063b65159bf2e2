package dev.sluice.deploy.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private final SseParser parser = new SseParser();

    @Test
    void aBlankLineCompletesAnEventWithItsNameAndData() {
        List<SseParser.Event> events = feed("event: job:updated", "data: {\"a\":1}", "");

        assertThat(events).containsExactly(new SseParser.Event("job:updated", "{\"a\":1}"));
    }

    @Test
    void dataLinesAreJoinedWithNewlines() {
        List<SseParser.Event> events = feed("data: one", "data:two", "");

        assertThat(events).containsExactly(new SseParser.Event("message", "one\ntwo"));
    }

    @Test
    void commentsAndUnknownFieldsAreIgnored() {
        List<SseParser.Event> events = feed(": subscribed", "", "id: 7", "retry: 100", "event: x", "data: y", "");

        assertThat(events).containsExactly(new SseParser.Event("x", "y"));
    }

    @Test
    void anEventWithoutDataIsNotDispatchedAndDoesNotLeakItsName() {
        List<SseParser.Event> events = feed("event: ping", "", "data: z", "");

        assertThat(events).containsExactly(new SseParser.Event("message", "z"));
    }

    private List<SseParser.Event> feed(String... lines) {
        List<SseParser.Event> events = new ArrayList<>();
        for (String line : lines) {
            parser.line(line).ifPresent(events::add);
        }
        return events;
    }
}
