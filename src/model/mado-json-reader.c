/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-json-reader.h"

#include <string.h>

#include "mado-uri-check.h"
#include "mado-validators.h"

/* The guard in front of json-glib, for the dataset and the incident sheets
 * alike. json-glib 1.6 recurses without a limit (a small file of nested
 * brackets overflows the stack), silently accepts and leaks a second value
 * after the first, builds strings of any length, and decodes a lone
 * surrogate escape ("\ud800") into bytes that are not UTF-8. So the input
 * is checked, in one pass, before json-glib sees it: its size, UTF-8, one
 * object with nothing after it, the nesting, the length of each string and
 * each "\u" escape. */

static gboolean
fail_input (GError           **error,
            MadoDatasetError   code,
            const char        *message,
            gsize              offset)
{
  g_set_error (error, MADO_DATASET_ERROR, code, "$: %s (at byte %" G_GSIZE_FORMAT ")",
               message, offset);
  return FALSE;
}

/* The value of the four hex digits at @hex, or -1. */
static int
hex4 (const char *hex,
      gsize       available)
{
  int value = 0;

  if (available < 4)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (hex[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

#define MALFORMED_ESCAPE G_MAXSIZE

/* Checks the escape starting at the backslash @data[@i] and returns its
 * length in bytes; 0 if it is a lone surrogate (a high one not followed by
 * a low one, or a low one on its own); MALFORMED_ESCAPE if it is not an
 * escape JSON has ("\x", "\u12"): json-glib is lenient with some of those,
 * and what it makes of them need not be UTF-8. */
static gsize
escape_length (const char *data,
               gsize       size,
               gsize       i)
{
  int unit, next;

  if (i + 1 >= size)
    return MALFORMED_ESCAPE;
  if (data[i + 1] != 'u')
    return strchr ("\"\\/bfnrt", data[i + 1]) != NULL && data[i + 1] != '\0' ? 2 : MALFORMED_ESCAPE;
  unit = hex4 (data + i + 2, size - i - 2);
  if (unit < 0)
    return MALFORMED_ESCAPE;
  if (unit < 0xd800 || unit > 0xdfff)
    return 6;
  if (unit >= 0xdc00)
    return 0;
  next = i + 11 < size && data[i + 6] == '\\' && data[i + 7] == 'u'
    ? hex4 (data + i + 8, size - i - 8) : -1;
  return next >= 0xdc00 && next <= 0xdfff ? 12 : 0;
}

/* Inside a string: returns where it ends (at the closing quote), or fails. */
static gboolean
scan_string (const char            *data,
             gsize                  size,
             gsize                 *i,
             const MadoJsonLimits  *limits,
             GArray                *lone_surrogates,
             GError               **error)
{
  gsize start = *i;

  for (gsize j = start + 1; j < size; j++)
    {
      if (j - start > limits->max_string)
        return fail_input (error, MADO_DATASET_ERROR_TOO_LARGE, "a string is too long", start);
      if (data[j] == '"')
        {
          *i = j;
          return TRUE;
        }
      if (data[j] == '\\')
        {
          gsize length = escape_length (data, size, j);

          if (length == MALFORMED_ESCAPE)
            return fail_input (error, MADO_DATASET_ERROR_INVALID_JSON,
                               "a “\\” escape that JSON does not have", j);
          if (length == 0)
            {
              if (lone_surrogates == NULL)
                return fail_input (error, MADO_DATASET_ERROR_INVALID_JSON,
                                   "a “\\u” escape is half of a surrogate pair, "
                                   "which is not a character", j);
              g_array_append_val (lone_surrogates, j);
              length = 6;
            }
          j += length - 1;
        }
    }
  *i = size;
  return TRUE;
}

/* Checks the brackets outside strings: the document is one object, nested
 * at most @limits->max_depth deep, with nothing after it. */
static gboolean
check_structure (const char            *data,
                 gsize                  size,
                 const MadoJsonLimits  *limits,
                 GArray                *lone_surrogates,
                 GError               **error)
{
  gboolean started = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (g_ascii_isspace (c))
        continue;
      /* Only what JSON has between strings: json-glib also reads comments
       * and identifiers, and leaks on some of them (found by fuzzing). */
      if (c == '\0' || strchr ("{}[]:,\"0123456789+-.eEtrufalsn", c) == NULL)
        return fail_input (error, MADO_DATASET_ERROR_INVALID_JSON,
                           "a character that JSON does not have outside strings", i);
      if (!started && c != '{')
        return fail_input (error, MADO_DATASET_ERROR_WRONG_TYPE,
                           "the file must be one JSON object, starting with “{”", i);
      if (started && depth == 0)
        return fail_input (error, MADO_DATASET_ERROR_INVALID_JSON,
                           "unexpected content after the end of the object", i);

      started = TRUE;
      if (c == '"' && !scan_string (data, size, &i, limits, lone_surrogates, error))
        return FALSE;
      else if ((c == '{' || c == '[') && ++depth > limits->max_depth)
        return fail_input (error, MADO_DATASET_ERROR_TOO_DEEP,
                           "values are nested too deeply", i);
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }

  if (!started)
    return fail_input (error, MADO_DATASET_ERROR_INVALID_JSON, "the file is empty", size);

  return TRUE;
}

/* Refuses, before json-glib sees it, input that could only hurt: too large,
 * not UTF-8, not shaped like one JSON object, nested too deeply, with too
 * long a string. A lone surrogate escape is refused too, unless
 * @lone_surrogates is given: the offset of each one's backslash is then
 * added to it, for the caller to repair (each escape is six bytes, as is
 * "\ufffd"). The error is a MADO_DATASET_ERROR whose message starts with
 * "$: ". */
gboolean
mado_json_check_input (const char            *data,
                       gsize                  size,
                       const MadoJsonLimits  *limits,
                       GArray                *lone_surrogates,
                       GError               **error)
{
  const char *end = NULL;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);

  if (size > limits->max_size)
    {
      g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_TOO_LARGE,
                   "$: the file is %" G_GSIZE_FORMAT " bytes; it may not exceed %"
                   G_GSIZE_FORMAT " bytes", size, limits->max_size);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, size, &end))
    return fail_input (error, MADO_DATASET_ERROR_NOT_UTF8,
                       "the file is not valid UTF-8; save it as UTF-8", (gsize) (end - data));

  return check_structure (data, size, limits, lone_surrogates, error);
}

/* Both languages are required in every text: the interface can then switch
 * language without ever meeting a hole. */
static const char * const required_languages[] = { "ja", "en" };

typedef struct
{
  char *table;
  char *id;
  char *path;
} DeferredReference;

struct _MadoJsonReader
{
  char       *language;
  GString    *path;
  GError     *error;
  GHashTable *tables;     /* table name → (id → object, borrowed) */
  GPtrArray  *deferred;   /* DeferredReference */
};

static void
deferred_reference_free (gpointer data)
{
  DeferredReference *ref = data;

  g_free (ref->table);
  g_free (ref->id);
  g_free (ref->path);
  g_free (ref);
}

MadoJsonReader *
mado_json_reader_new (const char *language)
{
  MadoJsonReader *reader = g_new0 (MadoJsonReader, 1);

  reader->language = g_strdup (language);
  reader->path = g_string_new ("$");
  reader->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_hash_table_unref);
  reader->deferred = g_ptr_array_new_with_free_func (deferred_reference_free);

  return reader;
}

void
mado_json_reader_free (MadoJsonReader *reader)
{
  g_return_if_fail (reader != NULL);

  g_free (reader->language);
  g_string_free (reader->path, TRUE);
  g_clear_error (&reader->error);
  g_hash_table_unref (reader->tables);
  g_ptr_array_unref (reader->deferred);
  g_free (reader);
}

const char *
mado_json_reader_get_language (MadoJsonReader *reader)
{
  return reader->language;
}

GError *
mado_json_reader_steal_error (MadoJsonReader *reader)
{
  return g_steal_pointer (&reader->error);
}

gboolean
mado_json_reader_failed (MadoJsonReader *reader)
{
  return reader->error != NULL;
}

/* Only the first error is kept: later ones are usually consequences of it. */
void
mado_json_reader_fail (MadoJsonReader   *reader,
                       MadoDatasetError  code,
                       const char       *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (reader->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  reader->error = g_error_new (MADO_DATASET_ERROR, code, "%s: %s",
                               reader->path->str, message);
}

gsize
mado_json_reader_push_member (MadoJsonReader *reader,
                              const char     *name)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, ".%s", name);
  return mark;
}

gsize
mado_json_reader_push_index (MadoJsonReader *reader,
                             guint           index)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, "[%u]", index);
  return mark;
}

void
mado_json_reader_pop (MadoJsonReader *reader,
                      gsize           mark)
{
  g_string_truncate (reader->path, mark);
}

const char *
mado_json_reader_get_path (MadoJsonReader *reader)
{
  return reader->path->str;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a number";
    }
}

/* Returns the object behind @node after checking that it has no field outside
 * @allowed (NULL allows any). Keys starting with '_' are comments for
 * maintainers. */
JsonObject *
mado_json_reader_object (MadoJsonReader     *reader,
                         JsonNode           *node,
                         const char * const *allowed)
{
  JsonObjectIter iter;
  const char *name;
  JsonObject *object;

  if (reader->error != NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_WRONG_TYPE,
                             "expected an object, found %s", node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (allowed == NULL || name[0] == '_' || g_strv_contains (allowed, name))
        continue;

      mado_json_reader_fail (reader, MADO_DATASET_ERROR_UNKNOWN_FIELD,
                             "unknown field “%s” (a misspelt name? fields starting "
                             "with “_” are ignored)", name);
      return NULL;
    }

  return object;
}

/* Looks up @name in @object, failing when it is required and absent. The caller
 * checks the type; the path then already names the member. */
static JsonNode *
member (MadoJsonReader *reader,
        JsonObject     *object,
        const char     *name,
        gboolean        required)
{
  JsonNode *node;

  if (reader->error != NULL)
    return NULL;

  node = json_object_get_member (object, name);
  if (node == NULL && required)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_MISSING_FIELD,
                           "missing required field “%s”", name);
  return node;
}

static void
fail_type (MadoJsonReader *reader,
           const char     *name,
           const char     *expected,
           JsonNode       *node)
{
  gsize mark = mado_json_reader_push_member (reader, name);

  mado_json_reader_fail (reader, MADO_DATASET_ERROR_WRONG_TYPE,
                         "expected %s, found %s", expected, node_type_name (node));
  mado_json_reader_pop (reader, mark);
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

JsonArray *
mado_json_reader_array (MadoJsonReader *reader,
                        JsonObject     *object,
                        const char     *name,
                        gboolean        required,
                        guint           min_length)
{
  JsonNode *node = member (reader, object, name, required);
  JsonArray *array;

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail_type (reader, name, "an array", node);
      return NULL;
    }

  array = json_node_get_array (node);
  if (json_array_get_length (array) < min_length)
    {
      gsize mark = mado_json_reader_push_member (reader, name);
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_EMPTY_VALUE,
                             "needs at least %u element%s", min_length,
                             min_length == 1 ? "" : "s");
      mado_json_reader_pop (reader, mark);
      return NULL;
    }

  return array;
}

static gboolean
is_blank (const char *text)
{
  for (const char *c = text; *c; c++)
    if (!g_ascii_isspace (*c))
      return FALSE;
  return TRUE;
}

/* Reads the array @name with @read into a list; an absent optional array gives
 * an empty list, so callers never have to check for NULL on success. */
GListModel *
mado_json_reader_list (MadoJsonReader   *reader,
                       JsonObject       *object,
                       const char       *name,
                       gboolean          required,
                       GType             item_type,
                       MadoJsonReadFunc  read,
                       GString          *collect)
{
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  JsonArray *array = mado_json_reader_array (reader, object, name, required, required ? 1 : 0);
  gsize mark;

  if (mado_json_reader_failed (reader))
    return NULL;
  if (array == NULL)
    return G_LIST_MODEL (g_steal_pointer (&store));

  mark = mado_json_reader_push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = mado_json_reader_push_index (reader, i);
      gpointer item = read (reader, json_array_get_element (array, i), collect);

      mado_json_reader_pop (reader, item_mark);
      if (item == NULL)
        break;
      g_list_store_append (store, item);
      g_object_unref (item);
    }
  mado_json_reader_pop (reader, mark);

  return mado_json_reader_failed (reader) ? NULL : G_LIST_MODEL (g_steal_pointer (&store));
}

static char *
checked_string (MadoJsonReader *reader,
                JsonNode       *node,
                const char     *name)
{
  const char *value;

  if (!holds_string (node))
    {
      fail_type (reader, name, "a string", node);
      return NULL;
    }

  value = json_node_get_string (node);
  if (value == NULL || is_blank (value))
    {
      gsize mark = mado_json_reader_push_member (reader, name);
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_EMPTY_VALUE, "must not be empty");
      mado_json_reader_pop (reader, mark);
      return NULL;
    }

  return g_strdup (value);
}

char *
mado_json_reader_string (MadoJsonReader *reader,
                         JsonObject     *object,
                         const char     *name,
                         gboolean        required)
{
  JsonNode *node = member (reader, object, name, required);

  return node != NULL ? checked_string (reader, node, name) : NULL;
}

/* Reads one text ({"ja": …, "en": …}) and returns it in the reader's language.
 * Every language it holds is appended to @collect, so search can find a
 * contact by its name in either language whatever the interface shows. */
static char *
read_text_node (MadoJsonReader *reader,
                JsonNode       *node,
                GString        *collect)
{
  JsonObjectIter iter;
  JsonObject *object;
  const char *lang;
  JsonNode *value;

  object = mado_json_reader_object (reader, node, NULL);
  if (object == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (required_languages); i++)
    if (!json_object_has_member (object, required_languages[i]))
      {
        mado_json_reader_fail (reader, MADO_DATASET_ERROR_MISSING_LANGUAGE,
                               "the text has no “%s” version (every text needs "
                               "both “ja” and “en”)", required_languages[i]);
        return NULL;
      }

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &lang, &value))
    {
      g_autofree char *text = checked_string (reader, value, lang);

      if (text == NULL)
        return NULL;
      if (collect != NULL)
        g_string_append_printf (collect, "%s\n", text);
    }

  return g_strdup (json_object_get_string_member (object, reader->language));
}

char *
mado_json_reader_text (MadoJsonReader *reader,
                       JsonObject     *object,
                       const char     *name,
                       gboolean        required,
                       GString        *collect)
{
  JsonNode *node = member (reader, object, name, required);
  char *text;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = mado_json_reader_push_member (reader, name);
  text = read_text_node (reader, node, collect);
  mado_json_reader_pop (reader, mark);

  return text;
}

char **
mado_json_reader_text_array (MadoJsonReader *reader,
                             JsonObject     *object,
                             const char     *name,
                             gboolean        required,
                             GString        *collect)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array = mado_json_reader_array (reader, object, name, required, 1);
  gsize mark;

  if (array == NULL)
    return NULL;

  mark = mado_json_reader_push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array) && reader->error == NULL; i++)
    {
      gsize item_mark = mado_json_reader_push_index (reader, i);
      char *text = read_text_node (reader, json_array_get_element (array, i), collect);

      if (text != NULL)
        g_ptr_array_add (texts, text);
      mado_json_reader_pop (reader, item_mark);
    }
  mado_json_reader_pop (reader, mark);

  if (reader->error != NULL)
    return NULL;

  g_ptr_array_add (texts, NULL);
  return (char **) g_ptr_array_steal (texts, NULL);
}

/* Runs @check on the string member @name; a failing value is reported with
 * @code and @problem at the member's path. */
static char *
checked_member (MadoJsonReader   *reader,
                JsonObject       *object,
                const char       *name,
                gboolean        (*check) (const char *),
                MadoDatasetError  code,
                const char       *problem)
{
  g_autofree char *value = mado_json_reader_string (reader, object, name, TRUE);
  gsize mark;

  if (value == NULL || check (value))
    return g_steal_pointer (&value);

  mark = mado_json_reader_push_member (reader, name);
  mado_json_reader_fail (reader, code, "“%s” %s", value, problem);
  mado_json_reader_pop (reader, mark);
  return NULL;
}

char *
mado_json_reader_id (MadoJsonReader *reader,
                     JsonObject     *object,
                     const char     *name)
{
  return checked_member (reader, object, name, mado_id_is_valid,
                         MADO_DATASET_ERROR_BAD_ID,
                         "is not a valid id (use lower-case letters, digits and “-”)");
}

/* Every address goes through the same check as the opener's; the message
 * says which rule it breaks, and quotes it with anything invisible spelt
 * out. */
char *
mado_json_reader_url (MadoJsonReader *reader,
                      JsonObject     *object,
                      const char     *name)
{
  g_autofree char *value = mado_json_reader_string (reader, object, name, TRUE);
  g_autofree char *printable = NULL;
  MadoUriProblem problem;
  gsize mark;

  if (value == NULL || (problem = mado_uri_check (value)) == MADO_URI_PROBLEM_NONE)
    return g_steal_pointer (&value);

  printable = mado_uri_dup_printable (value);
  mark = mado_json_reader_push_member (reader, name);
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_SCHEME, "“%s” %s",
                         printable, mado_uri_problem_describe (problem));
  mado_json_reader_pop (reader, mark);
  return NULL;
}

GDateTime *
mado_json_reader_date (MadoJsonReader *reader,
                       JsonObject     *object,
                       const char     *name)
{
  g_autofree char *value = checked_member (reader, object, name, mado_date_is_valid,
                                           MADO_DATASET_ERROR_BAD_DATE,
                                           "is not a date of the form YYYY-MM-DD");
  if (value == NULL)
    return NULL;

  value[4] = value[7] = '\0';
  return g_date_time_new_utc ((int) g_ascii_strtoll (value, NULL, 10),
                              (int) g_ascii_strtoll (value + 5, NULL, 10),
                              (int) g_ascii_strtoll (value + 8, NULL, 10),
                              0, 0, 0);
}

/* A date that may be left out: NULL without failing when @name is absent. */
GDateTime *
mado_json_reader_optional_date (MadoJsonReader *reader,
                                JsonObject     *object,
                                const char     *name)
{
  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  return mado_json_reader_date (reader, object, name);
}

/* Returns the index of the member's value in @names, or -1. */
int
mado_json_reader_enum (MadoJsonReader     *reader,
                       JsonObject         *object,
                       const char         *name,
                       const char * const *names)
{
  g_autofree char *value = mado_json_reader_string (reader, object, name, TRUE);
  g_autofree char *choices = NULL;
  gsize mark;

  if (value == NULL)
    return -1;

  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (value, names[i]))
      return i;

  choices = g_strjoinv (", ", (char **) names);
  mark = mado_json_reader_push_member (reader, name);
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE,
                         "“%s” is not one of: %s", value, choices);
  mado_json_reader_pop (reader, mark);
  return -1;
}

gboolean
mado_json_reader_integer (MadoJsonReader *reader,
                          JsonObject     *object,
                          const char     *name,
                          gint64         *value)
{
  JsonNode *node = member (reader, object, name, TRUE);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      fail_type (reader, name, "a whole number", node);
      return FALSE;
    }

  *value = json_node_get_int (node);
  return TRUE;
}

static GHashTable *
table_for (MadoJsonReader *reader,
           const char     *table)
{
  GHashTable *ids = g_hash_table_lookup (reader->tables, table);

  if (ids == NULL)
    {
      ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (reader->tables, g_strdup (table), ids);
    }
  return ids;
}

/* Records @object under @id; fails on a second use of the same id. The
 * reader keeps borrowed pointers: the dataset owns the objects. */
gboolean
mado_json_reader_register (MadoJsonReader *reader,
                           const char     *table,
                           const char     *id,
                           gpointer        object)
{
  GHashTable *ids = table_for (reader, table);
  gsize mark;

  if (!g_hash_table_contains (ids, id))
    {
      g_hash_table_insert (ids, g_strdup (id), object);
      return TRUE;
    }

  mark = mado_json_reader_push_member (reader, "id");
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_DUPLICATE_ID,
                         "the %s id “%s” is used twice", table, id);
  mado_json_reader_pop (reader, mark);
  return FALSE;
}

gpointer
mado_json_reader_lookup (MadoJsonReader *reader,
                         const char     *table,
                         const char     *id)
{
  return g_hash_table_lookup (table_for (reader, table), id);
}

static gpointer
resolve_node (MadoJsonReader *reader,
              const char     *table,
              JsonNode       *node,
              const char     *member_name)
{
  const char *id;
  gpointer object;

  if (!holds_string (node))
    {
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_WRONG_TYPE,
                             "expected a %s id (a string), found %s", table,
                             node_type_name (node));
      return NULL;
    }

  id = json_node_get_string (node);
  object = mado_json_reader_lookup (reader, table, id);
  if (object == NULL)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_UNKNOWN_REFERENCE,
                           "there is no %s with the id “%s”", table, id);
  (void) member_name;
  return object;
}

/* Returns the object that member @name of @object names by id in @table. */
gpointer
mado_json_reader_resolve (MadoJsonReader *reader,
                          const char     *table,
                          JsonObject     *object,
                          const char     *name)
{
  JsonNode *node = member (reader, object, name, TRUE);
  gpointer resolved;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = mado_json_reader_push_member (reader, name);
  resolved = resolve_node (reader, table, node, name);
  mado_json_reader_pop (reader, mark);
  return resolved;
}

/* The same for element @index of @array; the caller has pushed the array's
 * own path. */
gpointer
mado_json_reader_resolve_element (MadoJsonReader *reader,
                                  const char     *table,
                                  JsonArray      *array,
                                  guint           index)
{
  gsize mark = mado_json_reader_push_index (reader, index);
  gpointer resolved = resolve_node (reader, table, json_array_get_element (array, index), NULL);

  mado_json_reader_pop (reader, mark);
  return resolved;
}

/* Resolves the optional array of ids @name into a list of the objects they name
 * in @table (which must already be read). */
GListModel *
mado_json_reader_references (MadoJsonReader *reader,
                             JsonObject     *object,
                             const char     *name,
                             const char     *table,
                             GType           item_type)
{
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  JsonArray *array = mado_json_reader_array (reader, object, name, FALSE, 0);
  gsize mark;

  if (array == NULL)
    return mado_json_reader_failed (reader) ? NULL : G_LIST_MODEL (g_steal_pointer (&store));

  mark = mado_json_reader_push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gpointer item = mado_json_reader_resolve_element (reader, table, array, i);

      if (item == NULL)
        break;
      g_list_store_append (store, item);
    }
  mado_json_reader_pop (reader, mark);

  return mado_json_reader_failed (reader) ? NULL : G_LIST_MODEL (g_steal_pointer (&store));
}

/* A reference to something that may come later in the file (a section pointing
 * at a later section, an answer leading to a later node): it is checked once
 * everything is read, and reported at the path it was made from. */
void
mado_json_reader_defer_reference (MadoJsonReader *reader,
                                  const char     *table,
                                  const char     *id)
{
  DeferredReference *ref = g_new0 (DeferredReference, 1);

  ref->table = g_strdup (table);
  ref->id = g_strdup (id);
  ref->path = g_strdup (reader->path->str);
  g_ptr_array_add (reader->deferred, ref);
}

gboolean
mado_json_reader_check_deferred (MadoJsonReader *reader)
{
  for (guint i = 0; i < reader->deferred->len && reader->error == NULL; i++)
    {
      DeferredReference *ref = g_ptr_array_index (reader->deferred, i);

      if (mado_json_reader_lookup (reader, ref->table, ref->id) != NULL)
        continue;

      reader->error = g_error_new (MADO_DATASET_ERROR, MADO_DATASET_ERROR_UNKNOWN_REFERENCE,
                                   "%s: there is no %s with the id “%s”",
                                   ref->path, ref->table, ref->id);
    }

  return reader->error == NULL;
}
