/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-phrases.h"

#include <json-glib/json-glib.h>

#include "mado-dataset-error.h"

/* Where Japanese titles, headings and labels may break: between the phrases
 * that build-aux/segment-phrases found with BudouX when the data was edited
 * (resources/dataset/ja-phrases.json), so that a line never ends inside a
 * word (セ|キュリティ). Japanese has no spaces to tell a line breaker where
 * words end; the app does not segment text itself. */
struct _MadoPhrases
{
  GObject parent_instance;

  /* The whole text → guint[n + 2]: n, then the byte offset where each of
   * the n phrases begins (0 first), then the text's length. */
  GHashTable *offsets;
};

G_DEFINE_FINAL_TYPE (MadoPhrases, mado_phrases, G_TYPE_OBJECT)

static gboolean
add_entry (MadoPhrases  *self,
           const char   *member,
           JsonNode     *node,
           guint         index,
           GError      **error)
{
  JsonArray *array;
  GString *text;
  guint n;
  guint *offsets;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_WRONG_TYPE,
                   "$.%s[%u]: expected a non-empty array of phrases", member, index);
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  offsets = g_new (guint, n + 2);
  offsets[0] = n;
  offsets[1] = 0;
  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *phrase = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (phrase) || json_node_get_value_type (phrase) != G_TYPE_STRING
          || *json_node_get_string (phrase) == '\0')
        {
          g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_WRONG_TYPE,
                       "$.%s[%u][%u]: expected a non-empty string", member, index, i);
          g_string_free (text, TRUE);
          g_free (offsets);
          return FALSE;
        }
      g_string_append (text, json_node_get_string (phrase));
      offsets[i + 2] = (guint) text->len;
    }

  g_hash_table_replace (self->offsets, g_string_free (text, FALSE), offsets);
  return TRUE;
}

/* "phrases" (the dataset's texts) is required, "interface" (ja.po's) is
 * not; both hold the same kind of entries. */
static gboolean
add_member (MadoPhrases  *self,
            JsonObject   *root,
            const char   *member,
            gboolean      required,
            GError      **error)
{
  JsonArray *entries;

  if (!json_object_has_member (root, member) && !required)
    return TRUE;
  if (!json_object_has_member (root, member)
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, member)))
    {
      g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_WRONG_TYPE,
                   "$.%s: expected an array", member);
      return FALSE;
    }

  entries = json_object_get_array_member (root, member);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    if (!add_entry (self, member, json_array_get_element (entries, i), i, error))
      return FALSE;

  return TRUE;
}

/**
 * mado_phrases_new_from_bytes:
 * @bytes: the JSON of ja-phrases.json: {"phrases": [["ランサムウェアに",
 *   "感染した"], …], "interface": […]}
 *
 * Returns: (transfer full) (nullable): the phrases, or %NULL with @error set
 */
MadoPhrases *
mado_phrases_new_from_bytes (GBytes  *bytes,
                             GError **error)
{
  g_autoptr(MadoPhrases) self = g_object_new (MADO_TYPE_PHRASES, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *root;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, (gssize) size, error))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_WRONG_TYPE,
                           "$: expected an object");
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  if (!add_member (self, root, "phrases", TRUE, error)
      || !add_member (self, root, "interface", FALSE, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * mado_phrases_lookup:
 * @text: a text exactly as the dataset or the translation gives it
 * @n_phrases: (out): the number of phrases
 *
 * Returns: (nullable) (array length=n_phrases): %NULL when @text has no
 *   entry; else @n_phrases + 1 byte offsets: where each phrase begins, then
 *   the end of @text
 */
const guint *
mado_phrases_lookup (MadoPhrases *self,
                     const char  *text,
                     guint       *n_phrases)
{
  const guint *offsets;

  g_return_val_if_fail (MADO_IS_PHRASES (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (n_phrases != NULL, NULL);

  offsets = g_hash_table_lookup (self->offsets, text);
  if (offsets == NULL)
    {
      *n_phrases = 0;
      return NULL;
    }

  *n_phrases = offsets[0];
  return offsets + 1;
}

guint
mado_phrases_get_n_texts (MadoPhrases *self)
{
  g_return_val_if_fail (MADO_IS_PHRASES (self), 0);
  return g_hash_table_size (self->offsets);
}

static void
mado_phrases_finalize (GObject *object)
{
  MadoPhrases *self = MADO_PHRASES (object);

  g_hash_table_unref (self->offsets);

  G_OBJECT_CLASS (mado_phrases_parent_class)->finalize (object);
}

static void
mado_phrases_class_init (MadoPhrasesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mado_phrases_finalize;
}

static void
mado_phrases_init (MadoPhrases *self)
{
  self->offsets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
