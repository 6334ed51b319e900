/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>

#include "mado-json-reader.h"
#include "mado-own-contacts-codec.h"
#include "mado-validators.h"

/* The desk's own contacts as JSON (resources/dataset/SCHEMA.md, "Own
 * contacts"): the file in the user's data folder, and the file an
 * administrator imports and exports, are the same format.
 *
 *   { "version": 1,
 *     "contacts": [ { "id": "…", "role": "insurer", "name": "…",
 *                     "phones": [ { "number": "0120-…", "hours": "24時間" } ],
 *                     "email": "…", "reference": "…", "note": "…",
 *                     "situations": [ "ransomware", "leak" ] } ] }
 *
 * Reading is strict: any error names its JSON path and refuses the whole
 * file, so that an import changes nothing and a damaged file is set aside
 * whole rather than saved back with holes. The dataset's reader does the
 * work, so the messages read like the dataset's. */

#define VERSION 1

static const char * const top_fields[] = { "version", "contacts", NULL };
static const char * const contact_fields[] = {
  "id", "role", "name", "phones", "email", "reference", "note", "situations", NULL
};
static const char * const phone_fields[] = { "number", "hours", NULL };
static const char * const role_names[] = {
  "csirt", "it-vendor", "insurer", "lawyer", "management", "police-liaison", "other", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (role_names) == MADO_OWN_N_ROLES + 1);

/* An optional string member: absent is "", present must be a non-blank
 * string. */
static char *
optional_string (MadoJsonReader *reader,
                 JsonObject     *object,
                 const char     *name)
{
  if (!json_object_has_member (object, name))
    return g_strdup ("");
  return mado_json_reader_string (reader, object, name, FALSE);
}

static void
fail_member (MadoJsonReader   *reader,
             const char       *name,
             MadoDatasetError  code,
             const char       *value,
             const char       *problem)
{
  gsize mark = mado_json_reader_push_member (reader, name);

  mado_json_reader_fail (reader, code, "“%s” %s", value, problem);
  mado_json_reader_pop (reader, mark);
}

static void
read_phone (MadoJsonReader *reader,
            JsonNode       *node,
            MadoOwnContact *contact)
{
  JsonObject *object = mado_json_reader_object (reader, node, phone_fields);
  g_autofree char *number = NULL;
  g_autofree char *hours = NULL;

  if (object == NULL)
    return;
  number = mado_json_reader_string (reader, object, "number", TRUE);
  hours = optional_string (reader, object, "hours");
  if (number == NULL || hours == NULL)
    return;
  if (!mado_phone_number_is_valid (number))
    {
      fail_member (reader, "number", MADO_DATASET_ERROR_BAD_PHONE, number,
                   "is not a phone number (digits, and “-”, “+”, “#”, “(”, “)” or spaces)");
      return;
    }
  mado_own_contact_add_phone (contact, number, hours);
}

static void
read_phones (MadoJsonReader *reader,
             JsonObject     *object,
             MadoOwnContact *contact)
{
  JsonArray *phones = mado_json_reader_array (reader, object, "phones", FALSE, 0);
  gsize mark;

  if (phones == NULL)
    return;
  mark = mado_json_reader_push_member (reader, "phones");
  for (guint i = 0; i < json_array_get_length (phones) && !mado_json_reader_failed (reader); i++)
    {
      gsize index_mark = mado_json_reader_push_index (reader, i);

      read_phone (reader, json_array_get_element (phones, i), contact);
      mado_json_reader_pop (reader, index_mark);
    }
  mado_json_reader_pop (reader, mark);
}

/* Each tag must name a situation of the guide: a tag that names none would
 * put the contact nowhere, without anyone noticing. */
static void
read_situations (MadoJsonReader     *reader,
                 JsonObject         *object,
                 const char * const *known,
                 MadoOwnContact     *contact)
{
  JsonArray *array = mado_json_reader_array (reader, object, "situations", FALSE, 0);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) situations = NULL;
  gsize mark;

  if (array == NULL)
    return;
  mark = mado_json_reader_push_member (reader, "situations");
  for (guint i = 0; i < json_array_get_length (array) && !mado_json_reader_failed (reader); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize index_mark = mado_json_reader_push_index (reader, i);
      const char *id = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
                       ? json_node_get_string (node) : NULL;

      if (id == NULL)
        mado_json_reader_fail (reader, MADO_DATASET_ERROR_WRONG_TYPE,
                               "expected a situation id (a string)");
      else if (known != NULL && !g_strv_contains (known, id))
        mado_json_reader_fail (reader, MADO_DATASET_ERROR_UNKNOWN_REFERENCE,
                               "there is no situation with the id “%s”", id);
      else if (known == NULL && !mado_id_is_valid (id))
        mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_ID,
                               "“%s” is not a valid situation id", id);
      else
        g_strv_builder_add (builder, id);
      mado_json_reader_pop (reader, index_mark);
    }
  mado_json_reader_pop (reader, mark);
  situations = g_strv_builder_end (builder);
  mado_own_contact_set_situations (contact, (const char * const *) situations);
}

static void
read_id (MadoJsonReader *reader,
         JsonObject     *object,
         MadoOwnContact *contact)
{
  g_autofree char *id = NULL;

  if (!json_object_has_member (object, "id"))
    return;
  id = mado_json_reader_id (reader, object, "id");
  if (id == NULL || !mado_json_reader_register (reader, "own contact", id, contact))
    return;
  mado_own_contact_set_id (contact, id);
}

static void
read_texts (MadoJsonReader *reader,
            JsonObject     *object,
            MadoOwnContact *contact)
{
  g_autofree char *name = optional_string (reader, object, "name");
  g_autofree char *email = optional_string (reader, object, "email");
  g_autofree char *reference = optional_string (reader, object, "reference");
  g_autofree char *note = optional_string (reader, object, "note");

  if (mado_json_reader_failed (reader))
    return;
  if (email[0] != '\0' && !mado_email_address_is_valid (email))
    {
      fail_member (reader, "email", MADO_DATASET_ERROR_BAD_EMAIL, email,
                   "is not an e-mail address");
      return;
    }
  mado_own_contact_set_name (contact, name);
  mado_own_contact_set_email (contact, email);
  mado_own_contact_set_reference (contact, reference);
  mado_own_contact_set_note (contact, note);
}

static MadoOwnContact *
read_contact (MadoJsonReader     *reader,
              JsonNode           *node,
              const char * const *situations)
{
  g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
  JsonObject *object = mado_json_reader_object (reader, node, contact_fields);
  int role;

  if (object == NULL)
    return NULL;
  role = mado_json_reader_enum (reader, object, "role", role_names);
  if (role < 0)
    return NULL;
  mado_own_contact_set_role (contact, (MadoOwnRole) role);
  read_id (reader, object, contact);
  read_texts (reader, object, contact);
  read_phones (reader, object, contact);
  read_situations (reader, object, situations, contact);
  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&contact);
}

static void
read_version (MadoJsonReader *reader,
              JsonObject     *top)
{
  gint64 version;
  gsize mark;

  if (!mado_json_reader_integer (reader, top, "version", &version) || version == VERSION)
    return;
  mark = mado_json_reader_push_member (reader, "version");
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_UNSUPPORTED_VERSION,
                         "version %" G_GINT64_FORMAT " is not supported (this Madoguchi reads %d)",
                         version, VERSION);
  mado_json_reader_pop (reader, mark);
}

static GPtrArray *
read_document (MadoJsonReader     *reader,
               JsonNode           *root,
               const char * const *situations)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *top = mado_json_reader_object (reader, root, top_fields);
  JsonArray *array;
  gsize mark;

  if (top == NULL)
    return NULL;
  read_version (reader, top);
  array = mado_json_reader_array (reader, top, "contacts", TRUE, 0);
  if (array == NULL)
    return NULL;
  mark = mado_json_reader_push_member (reader, "contacts");
  if (json_array_get_length (array) > MADO_OWN_CONTACTS_MAX_COUNT)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_TOO_LARGE,
                           "%u contacts; at most %d are allowed",
                           json_array_get_length (array), MADO_OWN_CONTACTS_MAX_COUNT);
  for (guint i = 0; i < json_array_get_length (array) && !mado_json_reader_failed (reader); i++)
    {
      gsize index_mark = mado_json_reader_push_index (reader, i);
      MadoOwnContact *contact = read_contact (reader, json_array_get_element (array, i), situations);

      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
      mado_json_reader_pop (reader, index_mark);
    }
  mado_json_reader_pop (reader, mark);
  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&contacts);
}

/* Reads a whole file of own contacts, or fails with a MADO_DATASET_ERROR
 * whose message starts with the JSON path of the first problem. Tags are
 * checked against @situations (the dataset's situation ids); NULL checks
 * only their form. */
GPtrArray *
mado_own_contacts_codec_read (const char         *data,
                              gsize               length,
                              const char * const *situations,
                              GError            **error)
{
  static const MadoJsonLimits limits = {
    .max_size = MADO_OWN_CONTACTS_MAX_SIZE,
    .max_depth = 8,
    .max_string = 256 * 1024,
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(MadoJsonReader) reader = NULL;
  GPtrArray *contacts;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!mado_json_check_input (data != NULL ? data : "", length, &limits, NULL, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    {
      g_autoptr(GError) parse_error = NULL;

      if (error == NULL || *error == NULL)
        return NULL;
      parse_error = g_steal_pointer (error);
      g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_INVALID_JSON,
                   "$: not valid JSON (%s)", parse_error->message);
      return NULL;
    }

  reader = mado_json_reader_new ("en");
  contacts = read_document (reader, json_parser_get_root (parser), situations);
  if (contacts == NULL)
    g_propagate_error (error, mado_json_reader_steal_error (reader));
  return contacts;
}

/* Writing. */

static gboolean
is_blank (const char *value)
{
  for (const char *c = value; *c != '\0'; c++)
    if (!g_ascii_isspace (*c))
      return FALSE;
  return TRUE;
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  /* Empty fields are left out: the reader takes absent for empty, and
   * refuses a blank string. */
  if (value == NULL || is_blank (value))
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_phones (JsonBuilder    *builder,
            MadoOwnContact *contact)
{
  guint n_phones = mado_own_contact_get_n_phones (contact);
  gboolean started = FALSE;

  for (guint i = 0; i < n_phones; i++)
    {
      const char *number = mado_own_contact_get_phone_number (contact, i);

      /* A number still being typed, or one the reader would refuse, is not
       * written: the file must always load. */
      if (!mado_phone_number_is_valid (number))
        continue;
      if (!started)
        {
          json_builder_set_member_name (builder, "phones");
          json_builder_begin_array (builder);
          started = TRUE;
        }
      json_builder_begin_object (builder);
      add_string (builder, "number", number);
      add_string (builder, "hours", mado_own_contact_get_phone_hours (contact, i));
      json_builder_end_object (builder);
    }
  if (started)
    json_builder_end_array (builder);
}

static void
add_situations (JsonBuilder    *builder,
                MadoOwnContact *contact)
{
  const char * const *situations = mado_own_contact_get_situations (contact);

  if (situations[0] == NULL)
    return;
  json_builder_set_member_name (builder, "situations");
  json_builder_begin_array (builder);
  for (guint i = 0; situations[i] != NULL; i++)
    json_builder_add_string_value (builder, situations[i]);
  json_builder_end_array (builder);
}

static void
add_contact (JsonBuilder    *builder,
             MadoOwnContact *contact)
{
  const char *email = mado_own_contact_get_email (contact);

  json_builder_begin_object (builder);
  add_string (builder, "id", mado_own_contact_get_id (contact));
  add_string (builder, "role", mado_own_role_to_string (mado_own_contact_get_role (contact)));
  add_string (builder, "name", mado_own_contact_get_name (contact));
  add_phones (builder, contact);
  if (!is_blank (email) && mado_email_address_is_valid (email))
    add_string (builder, "email", email);
  add_string (builder, "reference", mado_own_contact_get_reference (contact));
  add_string (builder, "note", mado_own_contact_get_note (contact));
  add_situations (builder, contact);
  json_builder_end_object (builder);
}

/* The text of a file holding @contacts (MadoOwnContact), in order. */
char *
mado_own_contacts_codec_write (GListModel *contacts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, VERSION);
  json_builder_set_member_name (builder, "contacts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoOwnContact) contact = g_list_model_get_item (contacts, i);

      add_contact (builder, contact);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');
  return g_string_free (text, FALSE);
}
