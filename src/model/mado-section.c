/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-section.h"

#include "mado-model-private.h"

/* A page of the guidance (CHECK1 … CHECK4-11, 予防1, 予防2), possibly with
 * sub-sections. */
struct _MadoSection
{
  GObject parent_instance;

  char       *id;
  char       *label;
  char       *check;
  char       *title;
  char       *summary;
  GListModel *blocks;
  GListModel *children;
  /* An id rather than a pointer: a section must not keep its parent alive, and
   * the dataset resolves ids in constant time. */
  char       *parent_id;
  guint       depth;

  char       *search_names;
  char       *search_body;
};

G_DEFINE_FINAL_TYPE (MadoSection, mado_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_CHECK,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const fields[] = {
  "id", "label", "check", "title", "summary", "blocks", "children", NULL
};

static void
adopt_children (MadoSection *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->children); i++)
    {
      g_autoptr(MadoSection) child = g_list_model_get_item (self->children, i);
      mado_section_set_parent (child, self);
    }
}

MadoSection *
mado_section_new_from_json (MadoJsonReader *reader,
                            JsonNode       *node,
                            GString        *unused)
{
  g_autoptr(MadoSection) self = g_object_new (MADO_TYPE_SECTION, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  JsonObject *object = mado_json_reader_object (reader, node, fields);

  if (object == NULL)
    return NULL;

  self->id = mado_json_reader_id (reader, object, "id");
  self->label = mado_json_reader_text (reader, object, "label", TRUE, names);
  if (json_object_has_member (object, "check"))
    self->check = mado_json_reader_string (reader, object, "check", TRUE);
  self->title = mado_json_reader_text (reader, object, "title", TRUE, names);
  self->summary = mado_json_reader_text (reader, object, "summary", TRUE, body);
  self->blocks = mado_json_reader_list (reader, object, "blocks", FALSE, MADO_TYPE_BLOCK,
                                        (MadoJsonReadFunc) mado_block_new_from_json, body);
  if (!json_object_has_member (object, "blocks"))
    mado_json_reader_array (reader, object, "blocks", TRUE, 0);

  /* Registered before the children are read, so the ids come out in page
   * order and a duplicate is reported at its second use. */
  if (mado_json_reader_failed (reader) ||
      !mado_json_reader_register (reader, "section", self->id, self))
    return NULL;

  self->children = mado_json_reader_list (reader, object, "children", FALSE, MADO_TYPE_SECTION,
                                          (MadoJsonReadFunc) mado_section_new_from_json, NULL);
  if (self->children == NULL)
    return NULL;
  adopt_children (self);

  if (self->check != NULL)
    g_string_append_printf (names, "%s\n", self->check);
  self->search_names = g_string_free (g_steal_pointer (&names), FALSE);
  self->search_body = g_string_free (g_steal_pointer (&body), FALSE);
  return g_steal_pointer (&self);
}

/* Called once, while the tree is built: sets the depth of the whole subtree. */
void
mado_section_set_parent (MadoSection *self,
                         MadoSection *parent)
{
  g_free (self->parent_id);
  self->parent_id = g_strdup (parent->id);
  self->depth = parent->depth + 1;
  adopt_children (self);
}

const char *
mado_section_get_id (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->id;
}

const char *
mado_section_get_label (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->label;
}

const char *
mado_section_get_check (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->check;
}

const char *
mado_section_get_title (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->title;
}

const char *
mado_section_get_summary (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->summary;
}

GListModel *
mado_section_get_blocks (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->blocks;
}

/* The blocks in the order a page shows them: those that are current, in
 * page order, then those whose source is older than @current_years years
 * before @today, in page order, so that nothing old reads as the present.
 * @n_current receives how many come first. */
GPtrArray *
mado_section_arrange_blocks (MadoSection *self,
                             GDateTime   *today,
                             guint        current_years,
                             guint       *n_current)
{
  GPtrArray *arranged;
  g_autoptr(GPtrArray) older = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_blocks;

  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  n_blocks = g_list_model_get_n_items (self->blocks);
  arranged = g_ptr_array_new_full (n_blocks, g_object_unref);
  for (guint i = 0; i < n_blocks; i++)
    {
      MadoBlock *block = g_list_model_get_item (self->blocks, i);

      g_ptr_array_add (mado_block_is_older (block, today, current_years) ? older : arranged, block);
    }

  if (n_current != NULL)
    *n_current = arranged->len;
  for (guint i = 0; i < older->len; i++)
    g_ptr_array_add (arranged, g_object_ref (g_ptr_array_index (older, i)));
  return arranged;
}

GListModel *
mado_section_get_children (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->children;
}

const char *
mado_section_get_parent_id (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->parent_id;
}

guint
mado_section_get_depth (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), 0);
  return self->depth;
}

const char *
mado_section_get_search_names (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->search_names;
}

const char *
mado_section_get_search_body (MadoSection *self)
{
  g_return_val_if_fail (MADO_IS_SECTION (self), NULL);
  return self->search_body;
}

static void
mado_section_finalize (GObject *object)
{
  MadoSection *self = MADO_SECTION (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->check);
  g_free (self->title);
  g_free (self->summary);
  g_clear_object (&self->blocks);
  g_clear_object (&self->children);
  g_free (self->parent_id);
  g_free (self->search_names);
  g_free (self->search_body);

  G_OBJECT_CLASS (mado_section_parent_class)->finalize (object);
}

static void
mado_section_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MadoSection *self = MADO_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_CHECK:
      g_value_set_string (value, self->check);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DEPTH:
      g_value_set_uint (value, self->depth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_section_class_init (MadoSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_section_finalize;
  object_class->get_property = mado_section_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECK] =
    g_param_spec_string ("check", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPTH] =
    g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_section_init (MadoSection *self)
{
}
