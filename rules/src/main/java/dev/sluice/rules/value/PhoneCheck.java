package dev.sluice.rules.value;

/** What libphonenumber makes of a phone number; see {@link Phones#check}. */
public enum PhoneCheck {
    /** Not a phone number at all, or no country can be told (no {@code +} and no default region). */
    UNPARSEABLE,
    /** A number, but of a length no number of its country has. */
    NOT_POSSIBLE,
    /** The right length, but not in a range the country has assigned (as far as libphonenumber's data knows). */
    NOT_ASSIGNED,
    VALID
}
