package dev.sluice.rules.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups of names that mean one field. Names are compared {@link ColumnName normalised}, so
 * {@code e-mail}, {@code E_Mail} and {@code eMail} are all the entry {@code email}. The
 * {@link #standard()} table (first name of each group is its canonical name):
 * <table>
 *   <caption>Standard synonyms</caption>
 *   <tr><td>email</td><td>e-mail, email address, e-mail address, mail, mail address, email addr</td></tr>
 *   <tr><td>phone</td><td>phone number, phone no, telephone, telephone number, tel, tel no, mobile,
 *       mobile number, mobile phone, cell, cell phone, cell number, contact number</td></tr>
 *   <tr><td>first name</td><td>given name, forename, fname, first</td></tr>
 *   <tr><td>last name</td><td>surname, family name, lname, last</td></tr>
 *   <tr><td>full name</td><td>name, contact name</td></tr>
 *   <tr><td>postal code</td><td>zip, zip code, postcode, postal</td></tr>
 *   <tr><td>company</td><td>company name, organization, organisation, organization name, employer,
 *       business, business name, org</td></tr>
 *   <tr><td>date of birth</td><td>dob, birth date, birthday</td></tr>
 *   <tr><td>address</td><td>street, street address, address line 1, address 1, addr</td></tr>
 *   <tr><td>city</td><td>town, locality</td></tr>
 *   <tr><td>state</td><td>province, region, state province</td></tr>
 *   <tr><td>country</td><td>nation, country name</td></tr>
 *   <tr><td>job title</td><td>position, job</td></tr>
 *   <tr><td>website</td><td>url, homepage, web, web address, site</td></tr>
 *   <tr><td>gender</td><td>sex</td></tr>
 *   <tr><td>notes</td><td>note, comments, comment, remarks</td></tr>
 * </table>
 * Only whole names are looked up: {@code Work Email} is not in the {@code email} group; its
 * similarity to {@code email} is scored instead.
 */
public final class Synonyms {

    private static final Synonyms STANDARD = of(List.of(
            List.of("email", "e-mail", "email address", "e-mail address", "mail", "mail address", "email addr"),
            List.of("phone", "phone number", "phone no", "telephone", "telephone number", "tel", "tel no", "mobile",
                    "mobile number", "mobile phone", "cell", "cell phone", "cell number", "contact number"),
            List.of("first name", "given name", "forename", "fname", "first"),
            List.of("last name", "surname", "family name", "lname", "last"),
            List.of("full name", "name", "contact name"),
            List.of("postal code", "zip", "zip code", "postcode", "postal"),
            List.of("company", "company name", "organization", "organisation", "organization name", "employer",
                    "business", "business name", "org"),
            List.of("date of birth", "dob", "birth date", "birthday"),
            List.of("address", "street", "street address", "address line 1", "address 1", "addr"),
            List.of("city", "town", "locality"),
            List.of("state", "province", "region", "state province"),
            List.of("country", "nation", "country name"),
            List.of("job title", "position", "job"),
            List.of("website", "url", "homepage", "web", "web address", "site"),
            List.of("gender", "sex"),
            List.of("notes", "note", "comments", "comment", "remarks")));

    private final Map<String, String> canonical;

    private Synonyms(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    /** The table above. */
    public static Synonyms standard() {
        return STANDARD;
    }

    /**
     * A table of {@code groups}, each a list of names whose first is canonical.
     *
     * @throws IllegalArgumentException when one name (after normalisation) is in two groups
     */
    public static Synonyms of(List<List<String>> groups) {
        Map<String, String> canonical = new HashMap<>();
        for (List<String> group : groups) {
            String head = ColumnName.of(group.get(0)).compact();
            for (String name : group) {
                String entry = ColumnName.of(name).compact();
                String earlier = canonical.putIfAbsent(entry, head);
                if (earlier != null && !earlier.equals(head)) {
                    throw new IllegalArgumentException("'" + name + "' is a synonym of both '" + earlier
                            + "' and '" + head + "'");
                }
            }
        }
        return new Synonyms(canonical);
    }

    /** The canonical name of the group holding {@code name}, normalised; empty when it is in none. */
    Optional<String> groupOf(ColumnName name) {
        return Optional.ofNullable(canonical.get(name.compact()));
    }
}
