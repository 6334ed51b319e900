/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>
#include <string.h>

#include "mado-incident-codec.h"
#include "mado-incident-error.h"
#include "mado-json-reader.h"

/* The incident sheets as JSON, one file for all of them:
 *
 *   { "version": 1,
 *     "sheets": [ { "id": "…", "created": "2024-05-12T14:05:00+09:00",
 *                   "modified": "…", "title": "…", "device": "…", …,
 *                   "ongoing": "unknown" | "yes" | "no",
 *                   "contacts": [ { "id": "mpd-cyber", "name": "…",
 *                                   "called": true, "called_at": "…",
 *                                   "note": "…" } ],
 *                   "aware_at": "…",
 *                   "duty_answers": [ "personal-data", … ],
 *                   "entries": [ { "kind": "event" | "action" | "call",
 *                                   "happened": "…", "written": "…",
 *                                   "text": "…", "who": "…",
 *                                   "reference": "…" } ] } ] }
 *
 * Text fields are keyed by their property name with "_" for "-". Reading is
 * strict about types (a value of the wrong type means the file is not what
 * this code wrote, and it is set aside whole rather than saved back with
 * holes) and lenient about absence (a missing field is empty). */

static const char * const ongoing_names[] = { "unknown", "yes", "no" };

static char *
field_key (MadoIncidentField field)
{
  return g_strdelimit (g_strdup (mado_incident_field_get_property_name (field)), "-", '_');
}

/* Writing, by hand rather than with JsonBuilder: each sheet is written on
 * its own (the store keeps the text of the sheets that did not change), and
 * 10,000 sheets are joined in a few milliseconds. The layout is the one
 * JsonGenerator gives with an indent of 2, so files stay comparable. */

static void
append_string (GString    *out,
               const char *value)
{
  g_string_append_c (out, '"');
  for (const char *c = value; *c != '\0'; c++)
    {
      guchar byte = (guchar) *c;

      if (byte == '"' || byte == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) byte);
        }
      else if (byte == '\n')
        g_string_append (out, "\\n");
      else if (byte == '\t')
        g_string_append (out, "\\t");
      else if (byte == '\r')
        g_string_append (out, "\\r");
      else if (byte < 0x20)
        g_string_append_printf (out, "\\u%04x", byte);
      else
        g_string_append_c (out, (char) byte);
    }
  g_string_append_c (out, '"');
}

/* One member, after a comma unless it is the first. */
static void
append_key (GString    *out,
            const char *indent,
            const char *key,
            gboolean   *first)
{
  g_string_append (out, *first ? "\n" : ",\n");
  *first = FALSE;
  g_string_append (out, indent);
  append_string (out, key);
  g_string_append (out, " : ");
}

static void
append_member (GString    *out,
               const char *indent,
               const char *key,
               const char *value,
               gboolean   *first)
{
  append_key (out, indent, key, first);
  append_string (out, value);
}

static void
append_time (GString    *out,
             const char *indent,
             const char *key,
             GDateTime  *time,
             gboolean   *first)
{
  g_autofree char *text = NULL;

  if (time == NULL)
    return;
  text = g_date_time_format_iso8601 (time);
  append_member (out, indent, key, text, first);
}

static void
write_contact (GString             *out,
               MadoIncidentContact *contact)
{
  static const char indent[] = "          ";
  gboolean first = TRUE;

  g_string_append (out, "        {");
  append_member (out, indent, "id", mado_incident_contact_get_contact_id (contact), &first);
  append_member (out, indent, "name", mado_incident_contact_get_name (contact), &first);
  append_key (out, indent, "called", &first);
  g_string_append (out, mado_incident_contact_get_called (contact) ? "true" : "false");
  append_time (out, indent, "called_at", mado_incident_contact_get_called_at (contact), &first);
  append_member (out, indent, "note", mado_incident_contact_get_note (contact), &first);
  g_string_append (out, "\n        }");
}

static void
write_contacts (GString           *out,
                MadoIncidentSheet *sheet)
{
  GListModel *contacts = mado_incident_sheet_get_contacts (sheet);
  guint n = g_list_model_get_n_items (contacts);

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append (out, "[\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MadoIncidentContact) contact = g_list_model_get_item (contacts, i);

      write_contact (out, contact);
      g_string_append (out, i + 1 < n ? ",\n" : "\n");
    }
  g_string_append (out, "      ]");
}

static void
write_entry (GString           *out,
             MadoIncidentEntry *entry)
{
  static const char indent[] = "          ";
  gboolean first = TRUE;

  g_string_append (out, "        {");
  append_member (out, indent, "kind",
                 mado_incident_entry_kind_to_string (mado_incident_entry_get_kind (entry)), &first);
  append_time (out, indent, "happened", mado_incident_entry_get_happened (entry), &first);
  append_time (out, indent, "written", mado_incident_entry_get_written (entry), &first);
  append_member (out, indent, "text", mado_incident_entry_get_text (entry), &first);
  append_member (out, indent, "who", mado_incident_entry_get_who (entry), &first);
  append_member (out, indent, "reference", mado_incident_entry_get_reference (entry), &first);
  g_string_append (out, "\n        }");
}

static void
write_timeline (GString           *out,
                MadoIncidentSheet *sheet)
{
  GListModel *timeline = mado_incident_sheet_get_timeline (sheet);
  guint n = g_list_model_get_n_items (timeline);

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append (out, "[\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MadoIncidentEntry) entry = g_list_model_get_item (timeline, i);

      write_entry (out, entry);
      g_string_append (out, i + 1 < n ? ",\n" : "\n");
    }
  g_string_append (out, "      ]");
}

static void
write_answers (GString           *out,
               MadoIncidentSheet *sheet)
{
  g_auto(GStrv) answers = mado_incident_sheet_dup_duty_answers (sheet);

  g_string_append_c (out, '[');
  for (guint i = 0; answers[i] != NULL; i++)
    {
      g_string_append (out, i == 0 ? "\n        " : ",\n        ");
      append_string (out, answers[i]);
    }
  g_string_append (out, answers[0] != NULL ? "\n      ]" : "]");
}

/* What the timeline and the deadlines add to a sheet; older files lack it. */
static void
write_clock (GString           *out,
             MadoIncidentSheet *sheet,
             const char        *indent,
             gboolean          *first)
{
  append_time (out, indent, "aware_at", mado_incident_sheet_get_aware_at (sheet), first);
  append_key (out, indent, "duty_answers", first);
  write_answers (out, sheet);
  append_key (out, indent, "entries", first);
  write_timeline (out, sheet);
}

/* @sheet as one element of the array of sheets, indented to its place in
 * the file, without a comma or line break around it. */
char *
mado_incident_codec_write_sheet (MadoIncidentSheet *sheet)
{
  static const char indent[] = "      ";
  GString *out = g_string_sized_new (1024);
  gboolean first = TRUE;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);

  g_string_append (out, "    {");
  append_member (out, indent, "id", mado_incident_sheet_get_id (sheet), &first);
  append_time (out, indent, "created", mado_incident_sheet_get_created (sheet), &first);
  append_time (out, indent, "modified", mado_incident_sheet_get_modified (sheet), &first);
  for (guint field = 0; field < MADO_INCIDENT_N_FIELDS; field++)
    {
      g_autofree char *key = field_key (field);
      append_member (out, indent, key, mado_incident_sheet_get_text (sheet, field), &first);
    }
  append_member (out, indent, "ongoing", ongoing_names[mado_incident_sheet_get_ongoing (sheet)],
                 &first);
  append_key (out, indent, "contacts", &first);
  write_contacts (out, sheet);
  write_clock (out, sheet, indent, &first);
  g_string_append (out, "\n    }");
  return g_string_free (out, FALSE);
}

/* The whole file from the sheets' texts (from
 * mado_incident_codec_write_sheet()), in their order. Touches no GObject,
 * so that it can run in a thread while the person goes on typing. */
GBytes *
mado_incident_codec_join (const char * const *sheets,
                          guint               n_sheets)
{
  gsize length = 64;
  GString *out;

  for (guint i = 0; i < n_sheets; i++)
    length += strlen (sheets[i]) + 2;
  out = g_string_sized_new (length);
  g_string_append_printf (out, "{\n  \"version\" : %d,\n  \"sheets\" : [", MADO_INCIDENT_FILE_VERSION);
  for (guint i = 0; i < n_sheets; i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      g_string_append (out, sheets[i]);
    }
  g_string_append (out, n_sheets == 0 ? "]\n}" : "\n  ]\n}");
  return g_string_free_to_bytes (out);
}

GBytes *
mado_incident_codec_write (GListModel *sheets)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (G_IS_LIST_MODEL (sheets), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sheets); i++)
    {
      g_autoptr(MadoIncidentSheet) sheet = g_list_model_get_item (sheets, i);
      g_ptr_array_add (texts, mado_incident_codec_write_sheet (sheet));
    }
  return mado_incident_codec_join ((const char * const *) texts->pdata, texts->len);
}

/* Reading. @path names the value in errors, as "$.sheets[2].title". */

static gboolean
fail (GError     **error,
      const char  *path,
      const char  *what)
{
  g_set_error (error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_CORRUPT, "%s: %s", path, what);
  return FALSE;
}

/* The member @key of @object, or NULL if absent; FALSE if it is there but
 * not of @type. */
static gboolean
member (JsonObject  *object,
        const char  *key,
        GType        type,
        const char  *path,
        JsonNode   **node,
        GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);

  *node = json_object_get_member (object, key);
  if (*node == NULL)
    return TRUE;
  if (type == JSON_TYPE_OBJECT ? !JSON_NODE_HOLDS_OBJECT (*node)
      : type == JSON_TYPE_ARRAY ? !JSON_NODE_HOLDS_ARRAY (*node)
      : !JSON_NODE_HOLDS_VALUE (*node) || json_node_get_value_type (*node) != type)
    return fail (error, member_path, "wrong type");
  return TRUE;
}

static gboolean
read_string (JsonObject  *object,
             const char  *key,
             const char  *path,
             const char **value,
             GError     **error)
{
  JsonNode *node;

  if (!member (object, key, G_TYPE_STRING, path, &node, error))
    return FALSE;
  *value = node != NULL ? json_node_get_string (node) : "";
  return TRUE;
}

/* A time, or NULL when absent. */
static gboolean
read_time (JsonObject  *object,
           const char  *key,
           const char  *path,
           GDateTime  **value,
           GError     **error)
{
  JsonNode *node;
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);

  *value = NULL;
  if (!member (object, key, G_TYPE_STRING, path, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  *value = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  return *value != NULL || fail (error, member_path, "not an ISO 8601 date and time");
}

static MadoIncidentContact *
read_contact (JsonNode    *node,
              const char  *path,
              GError     **error)
{
  JsonObject *object;
  JsonNode *called;
  const char *id, *name, *note;
  g_autoptr(GDateTime) called_at = NULL;
  MadoIncidentContact *contact;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, "not an object"), NULL;
  object = json_node_get_object (node);
  if (!read_string (object, "id", path, &id, error)
      || !read_string (object, "name", path, &name, error)
      || !read_string (object, "note", path, &note, error)
      || !member (object, "called", G_TYPE_BOOLEAN, path, &called, error)
      || !read_time (object, "called_at", path, &called_at, error))
    return NULL;
  if (*id == '\0')
    return fail (error, path, "a contact without an id"), NULL;

  contact = mado_incident_contact_new (id, name);
  mado_incident_contact_set_note (contact, note);
  g_object_set (contact,
                "called", called != NULL && json_node_get_boolean (called),
                "called-at", called_at,
                NULL);
  return contact;
}

static gboolean
read_ongoing (JsonObject          *object,
              const char          *path,
              MadoIncidentOngoing *ongoing,
              GError             **error)
{
  const char *name;

  if (!read_string (object, "ongoing", path, &name, error))
    return FALSE;
  *ongoing = MADO_INCIDENT_ONGOING_UNKNOWN;
  for (guint i = 0; i < G_N_ELEMENTS (ongoing_names); i++)
    if (g_str_equal (name, ongoing_names[i]))
      *ongoing = i;
  return TRUE;
}

static gboolean
read_texts (JsonObject        *object,
            const char        *path,
            MadoIncidentSheet *sheet,
            GError           **error)
{
  for (guint field = 0; field < MADO_INCIDENT_N_FIELDS; field++)
    {
      g_autofree char *key = field_key (field);
      const char *text;

      if (!read_string (object, key, path, &text, error))
        return FALSE;
      mado_incident_sheet_set_text (sheet, field, text);
    }
  return TRUE;
}

/* With a table of the ids seen: a sheet of 10,000 desks loads in linear
 * time. */
static gboolean
read_contacts (JsonObject        *object,
               const char        *path,
               MadoIncidentSheet *sheet,
               GError           **error)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  JsonNode *node;
  JsonArray *array;

  if (!member (object, "contacts", JSON_TYPE_ARRAY, path, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  contacts = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.contacts[%u]", path, i);
      MadoIncidentContact *contact = read_contact (json_array_get_element (array, i),
                                                   item_path, error);

      if (contact == NULL)
        return FALSE;
      g_ptr_array_add (contacts, contact);
      if (!g_hash_table_add (seen, (gpointer) mado_incident_contact_get_contact_id (contact)))
        return fail (error, item_path, "the same contact twice");
    }
  mado_incident_sheet_append_contacts (sheet, contacts);
  return TRUE;
}

static MadoIncidentEntry *
read_entry (JsonNode    *node,
            const char  *path,
            GError     **error)
{
  JsonObject *object;
  const char *kind_name, *text, *who, *reference;
  g_autoptr(GDateTime) happened = NULL;
  g_autoptr(GDateTime) written = NULL;
  g_autofree char *kind_path = g_strdup_printf ("%s.kind", path);
  MadoIncidentEntryKind kind;
  MadoIncidentEntry *entry;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, "not an object"), NULL;
  object = json_node_get_object (node);
  if (!read_string (object, "kind", path, &kind_name, error)
      || !read_string (object, "text", path, &text, error)
      || !read_string (object, "who", path, &who, error)
      || !read_string (object, "reference", path, &reference, error)
      || !read_time (object, "happened", path, &happened, error)
      || !read_time (object, "written", path, &written, error))
    return NULL;
  if (!mado_incident_entry_kind_from_string (kind_name, &kind))
    return fail (error, kind_path, "not a kind of entry this program knows"), NULL;
  if (written == NULL)
    return fail (error, path, "an entry without the time it was written"), NULL;

  entry = mado_incident_entry_new (kind, happened, written);
  mado_incident_entry_set_text (entry, text);
  mado_incident_entry_set_who (entry, who);
  mado_incident_entry_set_reference (entry, reference);
  return entry;
}

static gboolean
read_timeline (JsonObject        *object,
               const char        *path,
               MadoIncidentSheet *sheet,
               GError           **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  JsonNode *node;
  JsonArray *array;

  if (!member (object, "entries", JSON_TYPE_ARRAY, path, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  entries = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.entries[%u]", path, i);
      MadoIncidentEntry *entry = read_entry (json_array_get_element (array, i), item_path, error);

      if (entry == NULL)
        return FALSE;
      g_ptr_array_add (entries, entry);
    }
  mado_incident_sheet_append_entries (sheet, entries);
  return TRUE;
}

static gboolean
read_answers (JsonObject        *object,
              const char        *path,
              MadoIncidentSheet *sheet,
              GError           **error)
{
  JsonNode *node;
  JsonArray *array;

  if (!member (object, "duty_answers", JSON_TYPE_ARRAY, path, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING
          || *json_node_get_string (element) == '\0')
        {
          g_autofree char *item_path = g_strdup_printf ("%s.duty_answers[%u]", path, i);
          return fail (error, item_path, "not the id of a question");
        }
      mado_incident_sheet_set_duty_answer (sheet, json_node_get_string (element), TRUE);
    }
  return TRUE;
}

static gboolean
read_clock (JsonObject        *object,
            const char        *path,
            MadoIncidentSheet *sheet,
            GError           **error)
{
  g_autoptr(GDateTime) aware_at = NULL;

  if (!read_time (object, "aware_at", path, &aware_at, error)
      || !read_answers (object, path, sheet, error)
      || !read_timeline (object, path, sheet, error))
    return FALSE;
  mado_incident_sheet_set_aware_at (sheet, aware_at);
  return TRUE;
}

static MadoIncidentSheet *
read_sheet (JsonNode    *node,
            const char  *path,
            GError     **error)
{
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  MadoIncidentOngoing ongoing;
  JsonObject *object;
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, "not an object"), NULL;
  object = json_node_get_object (node);
  if (!read_string (object, "id", path, &id, error)
      || !read_time (object, "created", path, &created, error)
      || !read_time (object, "modified", path, &modified, error)
      || !read_ongoing (object, path, &ongoing, error)
      || !read_texts (object, path, sheet, error)
      || !read_contacts (object, path, sheet, error)
      || !read_clock (object, path, sheet, error))
    return NULL;

  if (*id != '\0')
    mado_incident_sheet_set_id (sheet, id);
  mado_incident_sheet_set_ongoing (sheet, ongoing);
  if (created != NULL)
    mado_incident_sheet_set_created (sheet, created);
  /* Last: filling the sheet in moved its "modified" to now. */
  mado_incident_sheet_set_modified (sheet, modified ?: mado_incident_sheet_get_created (sheet));
  return g_steal_pointer (&sheet);
}

static JsonArray *
read_root (JsonNode  *root,
           GError   **error)
{
  JsonObject *object;
  JsonNode *version, *sheets;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, "$", "not an object"), NULL;
  object = json_node_get_object (root);
  if (!member (object, "version", G_TYPE_INT64, "$", &version, error)
      || !member (object, "sheets", JSON_TYPE_ARRAY, "$", &sheets, error))
    return NULL;
  if (version == NULL || json_node_get_int (version) != MADO_INCIDENT_FILE_VERSION)
    return fail (error, "$.version", "not a version this program knows"), NULL;
  if (sheets == NULL)
    return fail (error, "$.sheets", "missing"), NULL;
  return json_node_get_array (sheets);
}

/* A sheet file is small text; the limits are far above what a person types
 * (a field takes MADO_INCIDENT_FIELD_MAX_LENGTH bytes; older files may hold
 * more) and far below what makes json-glib take minutes or gigabytes. */
static const MadoJsonLimits limits = {
  .max_size = MADO_INCIDENT_FILE_MAX_SIZE,
  .max_depth = 8,
  .max_string = 8 * 1024 * 1024,
};

/* A lone surrogate escape ("\ud800") is not a character: json-glib would
 * decode it into bytes that are not UTF-8, and the next save would write a
 * file that cannot be read. It becomes U+FFFD, the replacement character
 * (the same six bytes long), and everything else is kept. */
static char *
repair_escapes (const char *data,
                gsize       length,
                GArray     *offsets)
{
  char *copy = g_memdup2 (data, length);

  for (guint i = 0; i < offsets->len; i++)
    memcpy (copy + g_array_index (offsets, gsize, i) + 2, "fffd", 4);
  return copy;
}

static JsonParser *
parse (const char  *data,
       gsize        length,
       guint       *n_repaired,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *repaired = NULL;

  if (length == 0)
    return fail (error, "$", "the file is empty"), NULL;
  if (!mado_json_check_input (data, length, &limits, offsets, &local_error))
    {
      /* The guard's messages start with "$: ". */
      return fail (error, "$", local_error->message + 3), NULL;
    }
  if (offsets->len > 0)
    {
      repaired = repair_escapes (data, length, offsets);
      data = repaired;
    }
  *n_repaired = offsets->len;
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    return fail (error, "$", local_error->message), NULL;
  return g_steal_pointer (&parser);
}

void
mado_incident_codec_report_clear (MadoIncidentCodecReport *report)
{
  g_clear_error (&report->first_problem);
  report->n_broken = 0;
  report->n_repaired = 0;
}

/* The sheets in @data, in the file's order; NULL and a CORRUPT error if
 * @data is not a file of sheets at all. A sheet that is damaged on its own
 * is left out and counted in @report, with the first reason, so that every
 * other sheet is still there; repaired escapes are counted too. */
GPtrArray *
mado_incident_codec_read (const char               *data,
                          gsize                     length,
                          MadoIncidentCodecReport  *report,
                          GError                  **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (report != NULL, NULL);

  *report = (MadoIncidentCodecReport) { 0 };
  parser = parse (data, length, &report->n_repaired, error);
  if (parser == NULL)
    return NULL;

  array = read_root (json_parser_get_root (parser), error);
  if (array == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.sheets[%u]", i);
      g_autoptr(GError) problem = NULL;
      MadoIncidentSheet *sheet = read_sheet (json_array_get_element (array, i), path, &problem);

      if (sheet != NULL)
        g_ptr_array_add (sheets, sheet);
      else if (report->n_broken++ == 0)
        report->first_problem = g_steal_pointer (&problem);
    }
  return g_steal_pointer (&sheets);
}
