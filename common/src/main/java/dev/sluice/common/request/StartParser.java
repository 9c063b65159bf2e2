package dev.sluice.common.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.Start;
import dev.sluice.common.schedule.CronSchedule;
import dev.sluice.common.schedule.Immediate;
import dev.sluice.common.schedule.MissedFirings;
import dev.sluice.common.schedule.OneOff;
import dev.sluice.common.schedule.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads when a job may start from its {@code options}: schedule, time zone, recurrence and dependencies. */
final class StartParser {

    static final int MAX_DEPENDENCIES = 100;

    private StartParser() {
    }

    static Start parse(JsonNode options, Instant now) throws InvalidRequestException {
        if (options == null) {
            return Start.NOW;
        }
        String text = Fields.text(options, "schedule", "options.schedule");
        String timezone = Fields.text(options, "timezone", "options.timezone");
        boolean recurring = Boolean.TRUE.equals(Fields.bool(options, "recurring", "options.recurring"));
        Schedule schedule = Schedule.parse(text, timezone, recurring, now);
        String missedText = Fields.text(options, "missedFirings", "options.missedFirings");
        List<String> dependencies = dependencies(options);
        if (timezone != null && !(schedule instanceof CronSchedule) && !(schedule instanceof OneOff)) {
            throw new InvalidRequestException("options.timezone", "applies to a cron or ISO schedule; this job runs immediately");
        }
        if (missedText != null && !recurring) {
            throw new InvalidRequestException("options.missedFirings", "applies to recurring schedules only");
        }
        if (recurring && !dependencies.isEmpty()) {
            throw new InvalidRequestException("options.dependencies",
                    "a recurring schedule cannot wait for other jobs; give the dependencies to a one-off job");
        }
        MissedFirings missed = MissedFirings.DEFAULT;
        if (missedText != null) {
            missed = MissedFirings.fromWire(missedText);
            if (missed == null) {
                throw new InvalidRequestException("options.missedFirings", "unknown policy '" + missedText + "'; use one, skip or all");
            }
        }
        Instant runAt = schedule instanceof Immediate ? null : schedule.firstRun(now).orElse(null);
        if (schedule instanceof CronSchedule cron) {
            return new Start(runAt, recurring ? cron.cron().text() : null, cron.zone().getId(), recurring, missed,
                    dependencies);
        }
        return new Start(runAt, null, timezone, false, missed, dependencies);
    }

    private static List<String> dependencies(JsonNode options) throws InvalidRequestException {
        JsonNode node = options.get("dependencies");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidRequestException("options.dependencies", "must be a list of job ids");
        }
        if (node.size() > MAX_DEPENDENCIES) {
            throw new InvalidRequestException("options.dependencies", "at most " + MAX_DEPENDENCIES + " jobs");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (JsonNode id : node) {
            if (!id.isTextual() || !id.asText().matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")) {
                throw new InvalidRequestException("options.dependencies", "'" + id.asText() + "' is not a job id");
            }
            ids.add(id.asText());
        }
        return new ArrayList<>(ids);
    }
}
