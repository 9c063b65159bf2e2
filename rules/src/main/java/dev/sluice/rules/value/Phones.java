package dev.sluice.rules.value;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers through libphonenumber. A number written without {@code +} and a country code is
 * read as a number of the default region, an ISO 3166 code such as {@code US} or {@code GB}.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /** True when libphonenumber has data for {@code region} (case-insensitive). */
    public static boolean isSupportedRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }

    public static PhoneCheck check(String text, String defaultRegion) {
        Optional<PhoneNumber> number = parse(text, defaultRegion);
        if (number.isEmpty()) {
            return PhoneCheck.UNPARSEABLE;
        }
        if (!UTIL.isPossibleNumber(number.get())) {
            return PhoneCheck.NOT_POSSIBLE;
        }
        return UTIL.isValidNumber(number.get()) ? PhoneCheck.VALID : PhoneCheck.NOT_ASSIGNED;
    }

    /** The number in E.164 ({@code +14155552671}), or empty when it cannot be parsed or has an impossible length. */
    public static Optional<String> e164(String text, String defaultRegion) {
        return parse(text, defaultRegion)
                .filter(UTIL::isPossibleNumber)
                .map(number -> UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    private static Optional<PhoneNumber> parse(String text, String defaultRegion) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UTIL.parse(text, defaultRegion.toUpperCase(Locale.ROOT)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
