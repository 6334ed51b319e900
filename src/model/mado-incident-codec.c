/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>

#include "mado-incident-codec.h"
#include "mado-incident-error.h"

/* The incident sheets as JSON, one file for all of them:
 *
 *   { "version": 1,
 *     "sheets": [ { "id": "…", "created": "2024-05-12T14:05:00+09:00",
 *                   "modified": "…", "title": "…", "device": "…", …,
 *                   "ongoing": "unknown" | "yes" | "no",
 *                   "contacts": [ { "id": "mpd-cyber", "name": "…",
 *                                   "called": true, "called_at": "…",
 *                                   "note": "…" } ] } ] }
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

static void
add_time (JsonBuilder *builder,
          const char  *key,
          GDateTime   *time)
{
  g_autofree char *text = NULL;

  if (time == NULL)
    return;
  text = g_date_time_format_iso8601 (time);
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
write_contact (JsonBuilder         *builder,
               MadoIncidentContact *contact)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", mado_incident_contact_get_contact_id (contact));
  add_string (builder, "name", mado_incident_contact_get_name (contact));
  json_builder_set_member_name (builder, "called");
  json_builder_add_boolean_value (builder, mado_incident_contact_get_called (contact));
  add_time (builder, "called_at", mado_incident_contact_get_called_at (contact));
  add_string (builder, "note", mado_incident_contact_get_note (contact));
  json_builder_end_object (builder);
}

static void
write_sheet (JsonBuilder       *builder,
             MadoIncidentSheet *sheet)
{
  GListModel *contacts = mado_incident_sheet_get_contacts (sheet);

  json_builder_begin_object (builder);
  add_string (builder, "id", mado_incident_sheet_get_id (sheet));
  add_time (builder, "created", mado_incident_sheet_get_created (sheet));
  add_time (builder, "modified", mado_incident_sheet_get_modified (sheet));
  for (guint field = 0; field < MADO_INCIDENT_N_FIELDS; field++)
    {
      g_autofree char *key = field_key (field);
      add_string (builder, key, mado_incident_sheet_get_text (sheet, field));
    }
  add_string (builder, "ongoing", ongoing_names[mado_incident_sheet_get_ongoing (sheet)]);

  json_builder_set_member_name (builder, "contacts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoIncidentContact) contact = g_list_model_get_item (contacts, i);
      write_contact (builder, contact);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

GBytes *
mado_incident_codec_write (GListModel *sheets)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize length;
  char *data;

  g_return_val_if_fail (G_IS_LIST_MODEL (sheets), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, MADO_INCIDENT_FILE_VERSION);
  json_builder_set_member_name (builder, "sheets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sheets); i++)
    {
      g_autoptr(MadoIncidentSheet) sheet = g_list_model_get_item (sheets, i);
      write_sheet (builder, sheet);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
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

static gboolean
read_contacts (JsonObject        *object,
               const char        *path,
               MadoIncidentSheet *sheet,
               GError           **error)
{
  JsonNode *node;
  JsonArray *array;

  if (!member (object, "contacts", JSON_TYPE_ARRAY, path, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.contacts[%u]", path, i);
      g_autoptr(MadoIncidentContact) contact = read_contact (json_array_get_element (array, i),
                                                             item_path, error);

      if (contact == NULL)
        return FALSE;
      if (mado_incident_sheet_lookup_contact (sheet, mado_incident_contact_get_contact_id (contact)) != NULL)
        return fail (error, item_path, "the same contact twice");
      mado_incident_sheet_insert_contact (sheet, G_MAXUINT, contact);
    }
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
      || !read_contacts (object, path, sheet, error))
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

/* The sheets in @data, in the file's order; NULL and a CORRUPT error if
 * @data is not a file of sheets that this code could have written. */
GPtrArray *
mado_incident_codec_read (const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) parse_error = NULL;
  JsonArray *array;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length == 0)
    return fail (error, "$", "the file is empty"), NULL;
  if (!g_utf8_validate_len (data, length, NULL))
    return fail (error, "$", "the file is not UTF-8 text"), NULL;
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    return fail (error, "$", parse_error->message), NULL;

  array = read_root (json_parser_get_root (parser), error);
  if (array == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.sheets[%u]", i);
      MadoIncidentSheet *sheet = read_sheet (json_array_get_element (array, i), path, error);

      if (sheet == NULL)
        return NULL;
      g_ptr_array_add (sheets, sheet);
    }
  return g_steal_pointer (&sheets);
}
