/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-search-aliases.h"

#include <string.h>

#include "mado-model-private.h"

/* A group is a handful of words; more is a mistake in the file, and the
 * limits keep the index's work at load bounded whatever the input. */
#define MAX_GROUPS 500
#define MAX_TERMS 32
#define MAX_TERM_CHARS 64

static const char * const table_fields[] = { "aliases", "homes", NULL };
static const char * const alias_fields[] = { "terms", "first", NULL };

void
mado_search_alias_free (MadoSearchAlias *alias)
{
  if (alias == NULL)
    return;

  g_strfreev (alias->terms);
  g_clear_pointer (&alias->first, g_ptr_array_unref);
  g_free (alias);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoSearchAlias, mado_search_alias_free)
static const char * const home_fields[] = { "contact", "section", NULL };

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static char *
read_term (MadoJsonReader *reader,
           JsonArray      *terms,
           guint           index)
{
  JsonNode *node = json_array_get_element (terms, index);
  gsize mark = mado_json_reader_push_index (reader, index);
  const char *term = JSON_NODE_HOLDS_VALUE (node) &&
                     json_node_get_value_type (node) == G_TYPE_STRING
                     ? json_node_get_string (node) : NULL;
  char *result = NULL;

  if (term == NULL)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_WRONG_TYPE, "expected a string");
  else if (is_blank (term))
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_EMPTY_VALUE, "must not be empty");
  else if (strchr (term, '\n') != NULL || g_utf8_strlen (term, -1) > MAX_TERM_CHARS)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE,
                           "a search term is one line of at most %d characters",
                           MAX_TERM_CHARS);
  else
    result = g_strdup (term);

  mado_json_reader_pop (reader, mark);
  return result;
}

/* "first": ["mpd-cyber"]: the contacts a term typed alone is meant to find
 * before any other. */
static GPtrArray *
read_first (MadoJsonReader *reader,
            JsonObject     *object)
{
  GPtrArray *first = g_ptr_array_new ();
  JsonArray *ids = mado_json_reader_array (reader, object, "first", FALSE, 1);
  gsize mark;

  if (ids == NULL)
    return first;

  mark = mado_json_reader_push_member (reader, "first");
  for (guint i = 0; !mado_json_reader_failed (reader) && i < json_array_get_length (ids); i++)
    {
      gpointer contact = mado_json_reader_resolve_element (reader, "contact", ids, i);

      if (contact != NULL)
        g_ptr_array_add (first, contact);
    }
  mado_json_reader_pop (reader, mark);

  return first;
}

/* {"terms": ["ランサムウェア", "ランサム", "ransomware"]}: two or more words
 * that a person may type for the same thing. */
static MadoSearchAlias *
read_group (MadoJsonReader *reader,
            JsonNode       *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(MadoSearchAlias) alias = g_new0 (MadoSearchAlias, 1);
  JsonObject *object = mado_json_reader_object (reader, node, alias_fields);
  JsonArray *terms = object != NULL ? mado_json_reader_array (reader, object, "terms", TRUE, 2)
                                    : NULL;
  gsize mark;

  if (terms == NULL)
    return NULL;

  mark = mado_json_reader_push_member (reader, "terms");
  if (json_array_get_length (terms) > MAX_TERMS)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_TOO_LARGE,
                           "at most %d terms in one group", MAX_TERMS);
  for (guint i = 0; !mado_json_reader_failed (reader) && i < json_array_get_length (terms); i++)
    {
      g_autofree char *term = read_term (reader, terms, i);

      if (term != NULL)
        g_strv_builder_add (builder, term);
    }
  mado_json_reader_pop (reader, mark);

  alias->terms = g_strv_builder_end (builder);
  alias->first = read_first (reader, object);
  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&alias);
}

static GPtrArray *
read_aliases (MadoJsonReader *reader,
              JsonObject     *table)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_search_alias_free);
  JsonArray *array = mado_json_reader_array (reader, table, "aliases", FALSE, 0);
  gsize mark;

  if (array == NULL)
    return g_steal_pointer (&groups);

  mark = mado_json_reader_push_member (reader, "aliases");
  if (json_array_get_length (array) > MAX_GROUPS)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_TOO_LARGE,
                           "at most %d groups of aliases", MAX_GROUPS);
  for (guint i = 0; !mado_json_reader_failed (reader) && i < json_array_get_length (array); i++)
    {
      gsize index_mark = mado_json_reader_push_index (reader, i);
      MadoSearchAlias *group = read_group (reader, json_array_get_element (array, i));

      if (group != NULL)
        g_ptr_array_add (groups, group);
      mado_json_reader_pop (reader, index_mark);
    }
  mado_json_reader_pop (reader, mark);

  return g_steal_pointer (&groups);
}

static gboolean
section_shows_card (MadoSection *section,
                    MadoContact *contact)
{
  GListModel *blocks = mado_section_get_blocks (section);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(MadoBlock) block = g_list_model_get_item (blocks, i);

      if (mado_block_get_contact (block) == contact)
        return TRUE;
    }

  return FALSE;
}

/* {"contact": "mpd-cyber", "section": "check4-10"}: the page a contact is
 * opened on, which must show its card. */
static void
read_home (MadoJsonReader *reader,
           JsonNode       *node,
           GHashTable     *homes)
{
  JsonObject *object = mado_json_reader_object (reader, node, home_fields);
  MadoContact *contact;
  MadoSection *section;

  if (object == NULL)
    return;

  contact = mado_json_reader_resolve (reader, "contact", object, "contact");
  section = mado_json_reader_resolve (reader, "section", object, "section");
  if (contact == NULL || section == NULL)
    return;

  if (g_hash_table_contains (homes, mado_contact_get_id (contact)))
    {
      gsize mark = mado_json_reader_push_member (reader, "contact");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_DUPLICATE_ID,
                             "the contact “%s” already has a home section",
                             mado_contact_get_id (contact));
      mado_json_reader_pop (reader, mark);
    }
  else if (!section_shows_card (section, contact))
    {
      gsize mark = mado_json_reader_push_member (reader, "section");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE,
                             "the section “%s” does not show the card of “%s”",
                             mado_section_get_id (section), mado_contact_get_id (contact));
      mado_json_reader_pop (reader, mark);
    }
  else
    g_hash_table_insert (homes, (gpointer) mado_contact_get_id (contact), section);
}

static GHashTable *
read_homes (MadoJsonReader *reader,
            JsonObject     *table)
{
  GHashTable *homes = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = mado_json_reader_array (reader, table, "homes", FALSE, 0);
  gsize mark;

  if (array == NULL)
    return homes;

  mark = mado_json_reader_push_member (reader, "homes");
  for (guint i = 0; !mado_json_reader_failed (reader) && i < json_array_get_length (array); i++)
    {
      gsize index_mark = mado_json_reader_push_index (reader, i);

      read_home (reader, json_array_get_element (array, i), homes);
      mado_json_reader_pop (reader, index_mark);
    }
  mado_json_reader_pop (reader, mark);

  return homes;
}

/**
 * mado_search_table_read:
 * @top: the dataset's top-level object, after its contacts and sections
 * @aliases: (out): a #GPtrArray of #MadoSearchAlias
 * @homes: (out): contact id → #MadoSection (unowned: the dataset owns both)
 *
 * Reads the optional "search" member; without one both are empty.
 */
void
mado_search_table_read (MadoJsonReader  *reader,
                        JsonObject      *top,
                        GPtrArray      **aliases,
                        GHashTable     **homes)
{
  JsonNode *node = json_object_get_member (top, "search");
  JsonObject *table = NULL;
  gsize mark = 0;

  if (node != NULL)
    {
      mark = mado_json_reader_push_member (reader, "search");
      table = mado_json_reader_object (reader, node, table_fields);
    }

  *aliases = table != NULL ? read_aliases (reader, table)
                           : g_ptr_array_new_with_free_func ((GDestroyNotify) mado_search_alias_free);
  *homes = table != NULL ? read_homes (reader, table) : g_hash_table_new (g_str_hash, g_str_equal);

  if (node != NULL)
    mado_json_reader_pop (reader, mark);
}
