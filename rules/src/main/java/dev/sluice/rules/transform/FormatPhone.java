package dev.sluice.rules.transform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.internal.JsonReads;
import dev.sluice.rules.value.Phones;
import java.util.Locale;
import java.util.Set;

/**
 * {@code formatPhone}: the number in E.164 ({@code (415) 555-2671} → {@code +14155552671}), read
 * with libphonenumber. Argument {@code defaultRegion}: the ISO 3166 region of numbers written
 * without {@code +}, default {@code US}. A value that is not a number, or has a length no number of
 * its region has, is refused with {@code invalid_phone} and left as it is.
 */
final class FormatPhone implements Operation {

    static final String DEFAULT_REGION = "US";

    static final OperationFactory FACTORY = new OperationFactory() {
        @Override
        public String name() {
            return "formatPhone";
        }

        @Override
        public Set<String> arguments() {
            return Set.of("defaultRegion");
        }

        @Override
        public Operation create(JsonNode step, String path) throws InvalidRequestException {
            String region = JsonReads.text(step, "defaultRegion", path + ".defaultRegion");
            if (region == null) {
                return new FormatPhone(DEFAULT_REGION);
            }
            if (!Phones.isSupportedRegion(region)) {
                throw new InvalidRequestException(path + ".defaultRegion",
                        "unknown region '" + region + "'; use an ISO 3166 code such as US or GB");
            }
            return new FormatPhone(region.toUpperCase(Locale.ROOT));
        }
    };

    private final String region;

    private FormatPhone(String region) {
        this.region = region;
    }

    @Override
    public StepResult apply(String text) {
        return Phones.e164(text, region)
                .map(StepResult::changed)
                .orElseGet(() -> StepResult.refused("invalid_phone",
                        "'" + text + "' is not a phone number (read with default region " + region + ")"));
    }
}
