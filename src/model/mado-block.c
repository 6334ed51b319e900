/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-block.h"

#include "mado-model-private.h"

/* One piece of a section page: a paragraph, a list of steps, reference links,
 * a contact card… Which fields are set depends on the kind. */
struct _MadoBlock
{
  GObject parent_instance;

  MadoBlockKind   kind;
  char           *text;
  char           *term;
  char           *title;
  char          **items;
  GListModel     *links;
  MadoContact    *contact;
  char           *section_id;
  GDateTime      *date;   /* the date its source gives, if any */
};

G_DEFINE_FINAL_TYPE (MadoBlock, mado_block, G_TYPE_OBJECT)

/* In the order of MadoBlockKind. */
static const char * const kinds[] = {
  "heading", "paragraph", "note", "definition", "steps", "list", "links", "contact",
  "section", NULL
};

static const char * const text_fields[] = { "type", "text", "published", "updated", NULL };
static const char * const definition_fields[] = { "type", "term", "text", "published", "updated", NULL };
static const char * const items_fields[] = { "type", "items", "published", "updated", NULL };
static const char * const links_fields[] = { "type", "title", "links", "published", "updated", NULL };
static const char * const contact_fields[] = { "type", "id", "published", "updated", NULL };
static const char * const section_fields[] = { "type", "id", "text", "published", "updated", NULL };

static const char * const * const fields_by_kind[] = {
  [MADO_BLOCK_KIND_HEADING] = text_fields,
  [MADO_BLOCK_KIND_PARAGRAPH] = text_fields,
  [MADO_BLOCK_KIND_NOTE] = text_fields,
  [MADO_BLOCK_KIND_DEFINITION] = definition_fields,
  [MADO_BLOCK_KIND_STEPS] = items_fields,
  [MADO_BLOCK_KIND_LIST] = items_fields,
  [MADO_BLOCK_KIND_LINKS] = links_fields,
  [MADO_BLOCK_KIND_CONTACT] = contact_fields,
  [MADO_BLOCK_KIND_SECTION] = section_fields,
};

static void
read_fields (MadoBlock      *self,
             MadoJsonReader *reader,
             JsonObject     *object,
             GString        *collect)
{
  switch (self->kind)
    {
    case MADO_BLOCK_KIND_DEFINITION:
      self->term = mado_json_reader_text (reader, object, "term", TRUE, collect);
      G_GNUC_FALLTHROUGH;
    case MADO_BLOCK_KIND_HEADING:
    case MADO_BLOCK_KIND_PARAGRAPH:
    case MADO_BLOCK_KIND_NOTE:
      self->text = mado_json_reader_text (reader, object, "text", TRUE, collect);
      break;
    case MADO_BLOCK_KIND_STEPS:
    case MADO_BLOCK_KIND_LIST:
      self->items = mado_json_reader_text_array (reader, object, "items", TRUE, collect);
      break;
    case MADO_BLOCK_KIND_LINKS:
      self->title = mado_json_reader_text (reader, object, "title", FALSE, collect);
      self->links = mado_json_reader_list (reader, object, "links", TRUE, MADO_TYPE_LINK,
                                           (MadoJsonReadFunc) mado_link_new_from_json, collect);
      break;
    case MADO_BLOCK_KIND_CONTACT:
      self->contact = mado_json_reader_resolve (reader, "contact", object, "id");
      if (self->contact != NULL)
        g_object_ref (self->contact);
      break;
    case MADO_BLOCK_KIND_SECTION:
      self->section_id = mado_json_reader_id (reader, object, "id");
      self->text = mado_json_reader_text (reader, object, "text", FALSE, collect);
      if (self->section_id != NULL)
        {
          gsize mark = mado_json_reader_push_member (reader, "id");
          mado_json_reader_defer_reference (reader, "section", self->section_id);
          mado_json_reader_pop (reader, mark);
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

MadoBlock *
mado_block_new_from_json (MadoJsonReader *reader,
                          JsonNode       *node,
                          GString        *collect)
{
  g_autoptr(MadoBlock) self = g_object_new (MADO_TYPE_BLOCK, NULL);
  JsonObject *object;
  int kind;

  /* The allowed fields depend on the type, so the first look only checks that
   * this is an object; the second checks the fields once the type is known. */
  object = mado_json_reader_object (reader, node, NULL);
  if (object == NULL)
    return NULL;

  kind = mado_json_reader_enum (reader, object, "type", kinds);
  if (kind < 0)
    return NULL;

  self->kind = (MadoBlockKind) kind;
  if (mado_json_reader_object (reader, node, fields_by_kind[kind]) == NULL)
    return NULL;

  read_fields (self, reader, object, collect);
  self->date = mado_dated_read (reader, object);
  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&self);
}

MadoBlockKind
mado_block_get_kind (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), MADO_BLOCK_KIND_PARAGRAPH);
  return self->kind;
}

const char *
mado_block_get_text (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);
  return self->text;
}

const char *
mado_block_get_term (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);
  return self->term;
}

const char *
mado_block_get_title (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);
  return self->title;
}

const char * const *
mado_block_get_items (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);
  return (const char * const *) self->items;
}

GListModel *
mado_block_get_links (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);
  return self->links;
}

MadoContact *
mado_block_get_contact (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);
  return self->contact;
}

const char *
mado_block_get_section_id (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);
  return self->section_id;
}

/* The date of a links block that has none of its own is that of its newest
 * link, when every link has one: a list of old pages is itself old. */
static GDateTime *
links_date (MadoBlock *self)
{
  GDateTime *newest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (self->links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (self->links, i);
      GDateTime *date = mado_link_get_date (link);

      if (date == NULL)
        return NULL;
      if (newest == NULL || g_date_time_compare (date, newest) > 0)
        newest = date;
    }
  return newest;
}

/* The date its source gives (`updated`, else `published`), or NULL. */
GDateTime *
mado_block_get_date (MadoBlock *self)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), NULL);

  if (self->date == NULL && self->kind == MADO_BLOCK_KIND_LINKS)
    return links_date (self);
  return self->date;
}

/* TRUE when the block's source is older than @current_years years before
 * @today (see mado_date_is_older()). */
gboolean
mado_block_is_older (MadoBlock *self,
                     GDateTime *today,
                     guint      current_years)
{
  g_return_val_if_fail (MADO_IS_BLOCK (self), FALSE);
  return mado_date_is_older (mado_block_get_date (self), today, current_years);
}

static void
mado_block_finalize (GObject *object)
{
  MadoBlock *self = MADO_BLOCK (object);

  g_free (self->text);
  g_free (self->term);
  g_free (self->title);
  g_strfreev (self->items);
  g_clear_object (&self->links);
  g_clear_object (&self->contact);
  g_free (self->section_id);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (mado_block_parent_class)->finalize (object);
}

static void
mado_block_class_init (MadoBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_block_finalize;
}

static void
mado_block_init (MadoBlock *self)
{
}
