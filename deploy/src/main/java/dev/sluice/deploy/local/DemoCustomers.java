package dev.sluice.deploy.local;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up customers for {@link DemoCsv}, one after another from a seeded {@link Random}, so the same
 * seed always gives the same people. Each is from one country, whose names, streets, cities, phone
 * numbers and postcodes they get.
 */
final class DemoCustomers {

    private record Country(String name, String phone, String postcode, List<String> cities, List<String> first,
                           List<String> last, List<String> streets, List<String> companies) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("France", "+33 $ ## ## ## ##", "$####", List.of("Paris", "Lyon", "Besançon", "Saint-Étienne"),
                    List.of("Chloé", "Anaïs", "François", "Hélène", "Jérôme", "Zoë"),
                    List.of("Lefèvre", "Dubois", "Gérard", "Moreau", "Côté"),
                    List.of("$# rue de l'Église", "$# avenue Jean-Jaurès", "$# place d'Italie"),
                    List.of("Dupont & Fils", "Café \"Le Zinc\"", "Boulangerie Lefèvre, SARL")),
            new Country("Germany", "+49 30 $#######", "$####", List.of("Berlin", "München", "Köln", "Düsseldorf"),
                    List.of("Jürgen", "Sören", "Käthe", "Lena", "Björn"),
                    List.of("Müller", "Schäfer", "Groß", "Köhler", "Weiß"),
                    List.of("Königstraße $#", "Schillerstraße $#", "Am Großen Wannsee $#"),
                    List.of("Müller GmbH", "Schäfer & Söhne KG", "Weiß, Groß und Partner")),
            new Country("Spain", "+34 9$# ### ###", "#####", List.of("Madrid", "Sevilla", "A Coruña", "Cádiz"),
                    List.of("José", "Nuño", "Inés", "María", "Begoña"),
                    List.of("García", "Núñez", "Ibáñez", "Peña", "Muñoz"),
                    List.of("Calle de Alcalá, $#", "Avenida de la Constitución, $#", "Plaza Mayor $#"),
                    List.of("García y Asociados, S.L.", "Peña Hermanos", "Muñoz \"El Rápido\" Transportes")),
            new Country("Poland", "+48 $# ### ## ##", "##-###", List.of("Kraków", "Łódź", "Gdańsk", "Wrocław"),
                    List.of("Łukasz", "Małgorzata", "Paweł", "Zofia", "Jędrzej"),
                    List.of("Wójcik", "Kowalski", "Żak", "Nowak", "Wiśniewska"),
                    List.of("ul. Długa $#", "ul. Piotrkowska $#", "al. Grunwaldzka $#"),
                    List.of("Łódź Logistics sp. z o.o.", "Nowak i Syn", "Wiśniewska, Żak s.c.")),
            new Country("Denmark", "+45 $# ## ## ##", "$###", List.of("København", "Aarhus", "Odense", "Ærøskøbing"),
                    List.of("Søren", "Åse", "Mads", "Freja", "Jørgen"),
                    List.of("Jørgensen", "Nielsen", "Østergaard", "Hansen", "Bæk"),
                    List.of("Nørregade $#", "Østerbrogade $#", "Strøget $#"),
                    List.of("Nordisk Fjer A/S", "Bæk & Østergaard ApS", "Hansen, Berg & Co.")),
            new Country("Ireland", "+353 1 $## ####", "D## X###", List.of("Dublin", "Cork", "Galway"),
                    List.of("Siobhán", "Seán", "Aoife", "Niamh", "Ciarán"),
                    List.of("O'Brien", "O'Connor", "Murphy", "Ní Bhriain", "Kelly"),
                    List.of("$# O'Connell Street", "$# Grafton Street", "$# Eyre Square"),
                    List.of("O'Neill Ltd", "Murphy & Kelly, Solicitors", "The \"Green\" Grocer")),
            new Country("United States", "+1 ($##) $##-####", "$####", List.of("New York", "Portland", "Austin", "Santa Fe"),
                    List.of("John", "Mary", "Renée", "André", "Dakota"),
                    List.of("Smith", "Johnson", "García", "Nguyen", "Williams-Brown"),
                    List.of("$# Main Street", "$# Elm Street, Apt $#", "$# Broadway"),
                    List.of("Acme Corp", "Smith, Jones & Co.", "\"Best\" Widgets, Inc.")));

    private static final List<String> SECOND_LINES = List.of("Building B", "3rd floor", "c/o Reception", "Unit $");
    private static final List<String> NOTES = List.of(
            "VIP", "Prefers \"email\" over phone", "Called twice, no answer", "Invoice to finance\nPO number required",
            "Asked for the \"premium\" plan, then cancelled", "Moved from Lyon → Paris", "Do not call before 10:00",
            "Référence client: ancien système", "Line one\nLine two\nLine three");
    private static final LocalDate FIRST_SIGN_UP = LocalDate.of(2016, 1, 1);
    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");

    private final Random random;

    DemoCustomers(long seed) {
        this.random = new Random(seed);
    }

    /** The next customer's values, in the order of {@link DemoCsv#FIELDS}. */
    List<String> next(long id) {
        Country country = pick(COUNTRIES);
        String first = pick(country.first());
        String last = pick(country.last());
        String street = digits(pick(country.streets()));
        if (random.nextInt(6) == 0) {
            street += "\n" + digits(pick(SECOND_LINES));
        }
        return List.of(Long.toString(id), first, last, email(first, last), random.nextInt(7) == 0 ? "" : pick(country.companies()),
                digits(country.phone()), street, pick(country.cities()), digits(country.postcode()), country.name(),
                FIRST_SIGN_UP.plusDays(random.nextInt(3650)).toString(), random.nextInt(4) == 0 ? pick(NOTES) : "");
    }

    private String email(String first, String last) {
        String number = random.nextInt(3) == 0 ? Integer.toString(random.nextInt(100)) : "";
        return ascii(first) + "." + ascii(last) + number + "@" + pick(DOMAINS);
    }

    /** Replaces each {@code #} with a random digit, and each {@code $} with one that is not 0. */
    private String digits(String pattern) {
        StringBuilder text = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            text.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c == '$' ? (char) ('1' + random.nextInt(9)) : c);
        }
        return text.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A name as mail systems often spell it: accents dropped, letters without a decomposition spelled out. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }
}
