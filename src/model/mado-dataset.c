/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-dataset.h"
#include "mado-duty-private.h"

#include <string.h>

#include "mado-guide-graph.h"
#include "mado-model-private.h"
#include "mado-search-aliases.h"

/* The guide is a handful of questions; a thousand nodes is a broken file, and
 * the limit keeps the graph walk's recursion shallow whatever the input. */
#define MAX_GUIDE_NODES 1000
#define SCHEMA_VERSION 1
/* Content whose source is older than this many years is shown as older,
 * unless the dataset's meta says otherwise. */
#define DEFAULT_CURRENT_YEARS 2
#define MAX_CURRENT_YEARS 50

/* The whole content of the app, validated and in one language. Immutable once
 * loaded, so widgets can hold on to any part of it. */
struct _MadoDataset
{
  GObject parent_instance;

  char       *language;
  char       *title;
  char       *publisher;
  char       *source_url;
  GDateTime  *source_updated;
  GDateTime  *reviewed;
  guint       current_years;
  GListModel *contacts;
  GListModel *sections;
  GListStore *all_sections;
  GListModel *guide_nodes;
  char       *guide_start;
  GListModel *home_contacts;
  GListModel *situations;

  GHashTable *contact_by_id;
  GHashTable *section_by_id;
  GHashTable *node_by_id;
  GPtrArray  *aliases;
  GHashTable *home_sections;
  GPtrArray  *duty_questions;  /* MadoDutyQuestion */
  GListModel *duties;          /* MadoDuty */
};

G_DEFINE_FINAL_TYPE (MadoDataset, mado_dataset, G_TYPE_OBJECT)

static const char * const top_fields[] = { "meta", "contacts", "sections", "guide", "search", "reporting", NULL };
static const char * const required_top_fields[] = { "meta", "contacts", "sections", "guide", NULL };
static const char * const meta_fields[] = {
  "schema_version", "title", "publisher", "source_url", "source_updated", "reviewed",
  "current_years", NULL
};
static const char * const guide_fields[] = { "start", "home", "nodes", "situations", NULL };

G_DEFINE_QUARK (mado-dataset-error-quark, mado_dataset_error)

/* Picks the content language from the same list gettext follows, so the
 * interface and the content never disagree. Japanese when it comes first,
 * English otherwise (also for "C" and for any language the dataset lacks). */
const char *
mado_dataset_pick_language (const char * const *language_names)
{
  g_return_val_if_fail (language_names != NULL, "en");

  for (guint i = 0; language_names[i] != NULL; i++)
    {
      const char *name = language_names[i];

      if (g_str_has_prefix (name, "ja") && strchr ("_.@", name[2]) != NULL)
        return "ja";
      if (g_str_has_prefix (name, "en") && strchr ("_.@", name[2]) != NULL)
        return "en";
    }

  return "en";
}

/* Refuses, before json-glib sees it, input that could only hurt (see
 * mado_json_check_input()). No string of a valid dataset comes near the
 * limit: a whole page of guidance is a few KiB. */
static gboolean
check_input (const char  *data,
             gsize        size,
             GError     **error)
{
  static const MadoJsonLimits limits = {
    .max_size = MADO_DATASET_MAX_SIZE,
    .max_depth = MADO_DATASET_MAX_DEPTH,
    .max_string = 256 * 1024,
  };

  return mado_json_check_input (data, size, &limits, NULL, error);
}

static void
read_current_years (MadoDataset    *self,
                    MadoJsonReader *reader,
                    JsonObject     *meta)
{
  gint64 years = DEFAULT_CURRENT_YEARS;
  gsize mark;

  self->current_years = DEFAULT_CURRENT_YEARS;
  if (!json_object_has_member (meta, "current_years") ||
      !mado_json_reader_integer (reader, meta, "current_years", &years))
    return;

  if (years >= 1 && years <= MAX_CURRENT_YEARS)
    {
      self->current_years = (guint) years;
      return;
    }
  mark = mado_json_reader_push_member (reader, "current_years");
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE,
                         "must be between 1 and %d years, not %" G_GINT64_FORMAT,
                         MAX_CURRENT_YEARS, years);
  mado_json_reader_pop (reader, mark);
}

static void
read_meta (MadoDataset    *self,
           MadoJsonReader *reader,
           JsonObject     *top)
{
  JsonNode *node = json_object_get_member (top, "meta");
  gsize mark = mado_json_reader_push_member (reader, "meta");
  JsonObject *meta = mado_json_reader_object (reader, node, meta_fields);
  gint64 version = 0;

  if (meta != NULL && mado_json_reader_integer (reader, meta, "schema_version", &version) &&
      version != SCHEMA_VERSION)
    {
      gsize version_mark = mado_json_reader_push_member (reader, "schema_version");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_UNSUPPORTED_VERSION,
                             "this version of the app reads schema version %d, not %"
                             G_GINT64_FORMAT, SCHEMA_VERSION, version);
      mado_json_reader_pop (reader, version_mark);
    }

  if (meta != NULL)
    {
      self->title = mado_json_reader_text (reader, meta, "title", TRUE, NULL);
      self->publisher = mado_json_reader_text (reader, meta, "publisher", TRUE, NULL);
      self->source_url = mado_json_reader_url (reader, meta, "source_url");
      self->source_updated = mado_json_reader_date (reader, meta, "source_updated");
      self->reviewed = mado_json_reader_date (reader, meta, "reviewed");
      read_current_years (self, reader, meta);
    }

  mado_json_reader_pop (reader, mark);
}

/* `reviewed` is the date of the last review of the whole file: no contact
 * can have been checked after it, or the date would claim less than was
 * done. (Contacts checked before it are those the review could not
 * re-check; the maintainer's audit lists them.) */
static void
check_reviewed (MadoDataset    *self,
                MadoJsonReader *reader)
{
  gsize mark;

  if (mado_json_reader_failed (reader) || self->reviewed == NULL)
    return;

  mark = mado_json_reader_push_member (reader, "contacts");
  for (guint i = 0; i < g_list_model_get_n_items (self->contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (self->contacts, i);
      GDateTime *checked = mado_contact_get_checked (contact);
      gsize item_mark;

      if (checked == NULL || g_date_time_compare (checked, self->reviewed) <= 0)
        continue;
      item_mark = mado_json_reader_push_index (reader, i);
      mado_json_reader_push_member (reader, "checked");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_DATE,
                             "is later than $.meta.reviewed: move “reviewed” to the date "
                             "of the review that checked it");
      mado_json_reader_pop (reader, item_mark);
      break;
    }
  mado_json_reader_pop (reader, mark);
}

static void
index_sections (MadoDataset *self,
                GListModel  *sections)
{
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);

      g_list_store_append (self->all_sections, section);
      g_hash_table_insert (self->section_by_id, (gpointer) mado_section_get_id (section), section);
      index_sections (self, mado_section_get_children (section));
    }
}

static void
index_by_id (GHashTable  *table,
             GListModel  *items,
             const char *(*get_id) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_hash_table_insert (table, (gpointer) get_id (item), item);
    }
}

/* The desks the home page offers at any time, in order. Each must have a
 * phone number: the home page lists numbers, not sites. */
static void
read_home (MadoDataset    *self,
           MadoJsonReader *reader,
           JsonObject     *guide)
{
  GListModel *contacts = mado_json_reader_references (reader, guide, "home", "contact",
                                                      MADO_TYPE_CONTACT);
  gsize mark;

  if (contacts == NULL)
    return;
  self->home_contacts = contacts;

  mark = mado_json_reader_push_member (reader, "home");
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);

      if (g_list_model_get_n_items (mado_contact_get_phones (contact)) == 0)
        {
          gsize index_mark = mado_json_reader_push_index (reader, i);
          mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE,
                                 "the contact “%s” has no phone number to show at home",
                                 mado_contact_get_id (contact));
          mado_json_reader_pop (reader, index_mark);
          break;
        }
    }
  mado_json_reader_pop (reader, mark);
}

/* The kinds of incident the results are about, which the desk's own
 * contacts are tagged with. Read before the nodes, which name them. */
static void
read_situations (MadoDataset    *self,
                 MadoJsonReader *reader,
                 JsonObject     *guide)
{
  self->situations = mado_json_reader_list (reader, guide, "situations", FALSE,
                                            MADO_TYPE_SITUATION,
                                            (MadoJsonReadFunc) mado_situation_new_from_json,
                                            NULL);
}

static void
read_guide (MadoDataset    *self,
            MadoJsonReader *reader,
            JsonObject     *top)
{
  JsonNode *node = json_object_get_member (top, "guide");
  gsize mark = mado_json_reader_push_member (reader, "guide");
  JsonObject *guide = mado_json_reader_object (reader, node, guide_fields);
  JsonArray *nodes;

  if (guide == NULL)
    goto out;

  nodes = mado_json_reader_array (reader, guide, "nodes", TRUE, 1);
  if (nodes != NULL && json_array_get_length (nodes) > MAX_GUIDE_NODES)
    {
      gsize nodes_mark = mado_json_reader_push_member (reader, "nodes");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_TOO_LARGE,
                             "the guide has %u nodes; at most %d are allowed",
                             json_array_get_length (nodes), MAX_GUIDE_NODES);
      mado_json_reader_pop (reader, nodes_mark);
      goto out;
    }

  read_situations (self, reader, guide);
  self->guide_nodes = mado_json_reader_list (reader, guide, "nodes", TRUE, MADO_TYPE_GUIDE_NODE,
                                             (MadoJsonReadFunc) mado_guide_node_new_from_json,
                                             NULL);
  self->guide_start = mado_json_reader_id (reader, guide, "start");
  if (self->guide_start != NULL)
    {
      gsize start_mark = mado_json_reader_push_member (reader, "start");
      mado_json_reader_defer_reference (reader, "guide node", self->guide_start);
      mado_json_reader_pop (reader, start_mark);
    }

  read_home (self, reader, guide);

out:
  mado_json_reader_pop (reader, mark);
}

static void
require_members (MadoJsonReader *reader,
                 JsonObject     *top)
{
  for (guint i = 0; required_top_fields[i] != NULL; i++)
    if (!json_object_has_member (top, required_top_fields[i]))
      {
        mado_json_reader_fail (reader, MADO_DATASET_ERROR_MISSING_FIELD,
                               "missing required field “%s”", required_top_fields[i]);
        return;
      }
}

static gboolean
read_document (MadoDataset    *self,
               MadoJsonReader *reader,
               JsonNode       *root,
               GError        **error)
{
  JsonObject *top = mado_json_reader_object (reader, root, top_fields);

  if (top != NULL)
    require_members (reader, top);
  if (!mado_json_reader_failed (reader))
    {
      read_meta (self, reader, top);
      self->contacts = mado_json_reader_list (reader, top, "contacts", TRUE, MADO_TYPE_CONTACT,
                                              (MadoJsonReadFunc) mado_contact_new_from_json, NULL);
      check_reviewed (self, reader);
      self->sections = mado_json_reader_list (reader, top, "sections", TRUE, MADO_TYPE_SECTION,
                                              (MadoJsonReadFunc) mado_section_new_from_json, NULL);
      read_guide (self, reader, top);
      mado_search_table_read (reader, top, &self->aliases, &self->home_sections);
      if (!mado_json_reader_failed (reader))
        mado_duty_read_table (reader, top, &self->duty_questions, &self->duties);
      mado_json_reader_check_deferred (reader);
    }

  if (mado_json_reader_failed (reader))
    {
      g_propagate_error (error, mado_json_reader_steal_error (reader));
      return FALSE;
    }

  return mado_guide_graph_check (self->guide_nodes, self->guide_start, error);
}

static void
build_indexes (MadoDataset *self)
{
  index_sections (self, self->sections);
  index_by_id (self->contact_by_id, self->contacts,
               (const char *(*) (gpointer)) mado_contact_get_id);
  index_by_id (self->node_by_id, self->guide_nodes,
               (const char *(*) (gpointer)) mado_guide_node_get_id);
}

static MadoDataset *
new_from_bytes (GBytes      *bytes,
                const char  *language,
                gboolean     trusted,
                GError     **error);

/**
 * mado_dataset_new_from_bytes:
 * @bytes: the dataset's JSON
 * @language: (nullable): "ja", "en", or %NULL to follow the system's language
 *
 * Parses and validates the whole dataset. On failure the error is in
 * %MADO_DATASET_ERROR and its message starts with the JSON path at fault.
 */
MadoDataset *
mado_dataset_new_from_bytes (GBytes      *bytes,
                             const char  *language,
                             GError     **error)
{
  return new_from_bytes (bytes, language, FALSE, error);
}

/* @trusted: the bytes are built into the program (a resource), from the
 * file the test suite loads with every check (test-dataset's
 * bundled-file-checks): the scan of the raw input for what could hurt
 * json-glib is left out, about 7 M instructions before the first frame.
 * What is read is still read and checked as any dataset is. */
static MadoDataset *
new_from_bytes (GBytes      *bytes,
                const char  *language,
                gboolean     trusted,
                GError     **error)
{
  g_autoptr(MadoDataset) self = NULL;
  g_autoptr(MadoJsonReader) reader = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (!trusted && !check_input (data != NULL ? data : "", size, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) size, &parse_error))
    {
      g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_INVALID_JSON,
                   "$: not valid JSON: %s", parse_error->message);
      return NULL;
    }

  if (language == NULL)
    language = mado_dataset_pick_language (g_get_language_names ());

  self = g_object_new (MADO_TYPE_DATASET, NULL);
  self->language = g_strdup (language);
  reader = mado_json_reader_new (language);

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_INVALID_JSON,
                   "$: the file is empty");
      return NULL;
    }

  if (!read_document (self, reader, json_parser_get_root (parser), error))
    return NULL;

  build_indexes (self);
  return g_steal_pointer (&self);
}

MadoDataset *
mado_dataset_new_from_resource (const char  *path,
                                const char  *language,
                                GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return new_from_bytes (bytes, language, TRUE, error);
}

/* A file is checked for size before it is read, so pointing the app at a huge
 * file costs nothing. I/O errors keep their G_IO_ERROR domain. */
MadoDataset *
mado_dataset_new_from_file (GFile       *file,
                            const char  *language,
                            GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_size (info) > MADO_DATASET_MAX_SIZE)
    {
      g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_TOO_LARGE,
                   "$: the file is %" G_GOFFSET_FORMAT " bytes; a dataset may not "
                   "exceed %d bytes", g_file_info_get_size (info), MADO_DATASET_MAX_SIZE);
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return mado_dataset_new_from_bytes (bytes, language, error);
}

const char *
mado_dataset_get_language (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->language;
}

const char *
mado_dataset_get_title (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->title;
}

const char *
mado_dataset_get_publisher (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->publisher;
}

const char *
mado_dataset_get_source_url (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->source_url;
}

GDateTime *
mado_dataset_get_source_updated (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->source_updated;
}

GDateTime *
mado_dataset_get_reviewed (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->reviewed;
}

/* How many years content stays current after the date its source gives. */
guint
mado_dataset_get_current_years (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), DEFAULT_CURRENT_YEARS);
  return self->current_years;
}

GListModel *
mado_dataset_get_contacts (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->contacts;
}

/* The top-level sections; children hang below each. */
GListModel *
mado_dataset_get_sections (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->sections;
}

/* Every section, parents before their children, in page order. */
GListModel *
mado_dataset_get_all_sections (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->all_sections);
}

GListModel *
mado_dataset_get_guide_nodes (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->guide_nodes;
}

MadoContact *
mado_dataset_lookup_contact (MadoDataset *self,
                             const char  *id)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->contact_by_id, id);
}

MadoSection *
mado_dataset_lookup_section (MadoDataset *self,
                             const char  *id)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->section_by_id, id);
}

MadoGuideNode *
mado_dataset_lookup_guide_node (MadoDataset *self,
                                const char  *id)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->node_by_id, id);
}

MadoGuideNode *
mado_dataset_get_guide_start (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return g_hash_table_lookup (self->node_by_id, self->guide_start);
}

/* The section @contact_id belongs to: its home section when the dataset
 * names one (a card shown on several pages), otherwise the first section, in
 * page order, that shows its card; NULL if none does. */
MadoSection *
mado_dataset_find_contact_section (MadoDataset *self,
                                   const char  *contact_id)
{
  GListModel *sections;
  MadoSection *home;

  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  g_return_val_if_fail (contact_id != NULL, NULL);

  home = self->home_sections != NULL ? g_hash_table_lookup (self->home_sections, contact_id) : NULL;
  if (home != NULL)
    return home;

  sections = G_LIST_MODEL (self->all_sections);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
      GListModel *blocks = mado_section_get_blocks (section);

      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(MadoBlock) block = g_list_model_get_item (blocks, j);
          MadoContact *contact = mado_block_get_contact (block);

          if (contact != NULL && g_str_equal (mado_contact_get_id (contact), contact_id))
            return section;
        }
    }

  return NULL;
}

/* The groups of words that mean the same to a person searching: a
 * #GPtrArray of #MadoSearchAlias (mado-search-aliases.h), as the dataset
 * writes them. Search folds them; see mado_search_index_new(). */
GPtrArray *
mado_dataset_get_aliases (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->aliases;
}

/* The desks whose numbers the home page shows, in order; empty if the
 * dataset names none. */
GListModel *
mado_dataset_get_home_contacts (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->home_contacts;
}

/* The situations of the guide's results (MadoSituation), in the dataset's
 * order; empty if it names none. */
GListModel *
mado_dataset_get_situations (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->situations;
}

MadoSituation *
mado_dataset_lookup_situation (MadoDataset *self,
                               const char  *id)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->situations); i++)
    {
      g_autoptr(MadoSituation) situation = g_list_model_get_item (self->situations, i);

      if (g_str_equal (mado_situation_get_id (situation), id))
        return situation;
    }
  return NULL;
}

/* What to have ready before calling: the list of CHECK2 ("organise the facts
 * before you call"), which the guide's results repeat. NULL if the dataset
 * has no such list. */
const char * const *
mado_dataset_get_preparation_items (MadoDataset *self)
{
  MadoSection *check2;
  GListModel *blocks;

  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);

  check2 = mado_dataset_lookup_section (self, "check2");
  if (check2 == NULL)
    return NULL;

  blocks = mado_section_get_blocks (check2);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(MadoBlock) block = g_list_model_get_item (blocks, i);

      if (mado_block_get_kind (block) == MADO_BLOCK_KIND_LIST)
        return mado_block_get_items (block);
    }

  return NULL;
}

/* The questions that decide which reporting duties apply (MadoDutyQuestion,
 * in the dataset's order); empty when the dataset has none. */
GPtrArray *
mado_dataset_get_duty_questions (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);

  if (self->duty_questions == NULL)
    self->duty_questions = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_duty_question_free);
  return self->duty_questions;
}

/* The reporting duties (MadoDuty), or NULL when the dataset has none. */
GListModel *
mado_dataset_get_duties (MadoDataset *self)
{
  g_return_val_if_fail (MADO_IS_DATASET (self), NULL);
  return self->duties;
}

static void
mado_dataset_finalize (GObject *object)
{
  MadoDataset *self = MADO_DATASET (object);

  g_clear_pointer (&self->contact_by_id, g_hash_table_unref);
  g_clear_pointer (&self->section_by_id, g_hash_table_unref);
  g_clear_pointer (&self->node_by_id, g_hash_table_unref);
  g_clear_pointer (&self->home_sections, g_hash_table_unref);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_free (self->language);
  g_free (self->title);
  g_free (self->publisher);
  g_free (self->source_url);
  g_clear_pointer (&self->source_updated, g_date_time_unref);
  g_clear_pointer (&self->reviewed, g_date_time_unref);
  g_clear_object (&self->contacts);
  g_clear_object (&self->sections);
  g_clear_object (&self->all_sections);
  g_clear_object (&self->guide_nodes);
  g_clear_object (&self->situations);
  g_free (self->guide_start);
  g_clear_object (&self->home_contacts);
  g_clear_pointer (&self->duty_questions, g_ptr_array_unref);
  g_clear_object (&self->duties);

  G_OBJECT_CLASS (mado_dataset_parent_class)->finalize (object);
}

static void
mado_dataset_class_init (MadoDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_dataset_finalize;
}

static void
mado_dataset_init (MadoDataset *self)
{
  self->all_sections = g_list_store_new (MADO_TYPE_SECTION);
  self->contact_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->section_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->node_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}
