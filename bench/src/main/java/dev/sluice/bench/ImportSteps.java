package dev.sluice.bench;

/**
 * The import the phase measures, as a user writes it: the schema the CSV is mapped into, and the
 * config of each step after the extract (the job guide's, with the transform of issue 6's benchmark:
 * {@code titleCase}, {@code lowercase}, {@code formatPhone}). The in-process limit runs the same.
 */
final class ImportSteps {

    /** Eleven typed fields, named unlike the CSV's columns so that the fuzzy map has work to do. */
    static final String SCHEMA = """
            {"name": "Customers", "sheets": [{"key": "customers", "fields": [
              {"key": "customer_id", "label": "ID", "type": "number", "required": true},
              {"key": "full_name", "type": "string", "required": true},
              {"key": "email_address", "type": "email", "required": true},
              {"key": "city", "type": "string"},
              {"key": "amount", "type": "number"},
              {"key": "qty", "label": "Quantity", "type": "number"},
              {"key": "created_at", "label": "Created", "type": "date"},
              {"key": "status", "type": "enum", "options": ["active", "pending", "closed", "suspended"]},
              {"key": "score", "type": "number"},
              {"key": "notes", "type": "string"},
              {"key": "phone_number", "label": "Phone", "type": "phone"}],
             "rules": [{"expression": "qty >= 1.0", "message": "a quantity is at least 1", "field": "qty"},
                       {"expression": "amount > -10000.0 || status == \\"closed\\"", "message": "too far in debt"}]}]}
            """;

    static final String MAP = "{\"autoMap\":true,\"confidence\":0.8,\"strategy\":\"fuzzy\"}";
    static final String VALIDATE = "{\"validateRequiredFields\":true,\"validateDataTypes\":true,"
            + "\"validateBusinessRules\":true}";
    static final String TRANSFORMATIONS = "[{\"field\":\"full_name\",\"operation\":\"titleCase\"},"
            + "{\"field\":\"email_address\",\"operation\":\"lowercase\"},"
            + "{\"field\":\"phone_number\",\"operation\":\"formatPhone\"}]";
    static final String EXPORT = "{\"format\":\"json\",\"includeMetadata\":false,\"filterInvalidRecords\":true}";

    private ImportSteps() {
    }
}
