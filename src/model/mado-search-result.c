/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-search-result.h"

/* One hit of a search: the guide's result, section or contact, how well it matched, and a
 * line of its text around the match. */
struct _MadoSearchResult
{
  GObject parent_instance;

  MadoSearchResultKind  kind;
  GObject              *item;
  guint                 score;

  /* The snippet is made on first use: a list widget asks only for the rows
   * it shows, and a keystroke must not pay for the hundredth result. */
  MadoSearchIndex      *index;
  GRefString           *query;
  char                 *snippet;
};

G_DEFINE_FINAL_TYPE (MadoSearchResult, mado_search_result, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (MadoSearchResultKind, mado_search_result_kind,
                    G_DEFINE_ENUM_VALUE (MADO_SEARCH_RESULT_KIND_SECTION, "section"),
                    G_DEFINE_ENUM_VALUE (MADO_SEARCH_RESULT_KIND_CONTACT, "contact"),
                    G_DEFINE_ENUM_VALUE (MADO_SEARCH_RESULT_KIND_GUIDE, "guide"),
                    G_DEFINE_ENUM_VALUE (MADO_SEARCH_RESULT_KIND_OWN_CONTACT, "own-contact"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_ITEM,
  PROP_SCORE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mado_search_result_new:
 * @index: the index that found @item, which makes the snippet
 * @item: a #MadoSection, a #MadoContact or a result #MadoGuideNode
 * @score: higher is a better match
 * @query: the query as typed
 *
 * Made by mado_search_index_query(); the result keeps @index alive for its
 * snippet.
 */
MadoSearchResult *
mado_search_result_new (MadoSearchIndex *index,
                        GObject         *item,
                        guint            score,
                        GRefString      *query)
{
  MadoSearchResult *self;

  g_return_val_if_fail (MADO_IS_SEARCH_INDEX (index), NULL);
  g_return_val_if_fail (MADO_IS_SECTION (item) || MADO_IS_CONTACT (item) ||
                        MADO_IS_GUIDE_NODE (item), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (MADO_TYPE_SEARCH_RESULT, NULL);
  self->kind = MADO_IS_SECTION (item) ? MADO_SEARCH_RESULT_KIND_SECTION
               : MADO_IS_CONTACT (item) ? MADO_SEARCH_RESULT_KIND_CONTACT
               : MADO_SEARCH_RESULT_KIND_GUIDE;
  self->item = g_object_ref (item);
  self->score = score;
  self->index = g_object_ref (index);
  self->query = g_ref_string_acquire (query);

  return self;
}

/* One of the desk's own contacts, found outside the index (they change as
 * the desk types); its snippet is given. */
MadoSearchResult *
mado_search_result_new_for_own (GObject    *own_contact,
                                const char *snippet)
{
  MadoSearchResult *self;

  g_return_val_if_fail (G_IS_OBJECT (own_contact), NULL);

  self = g_object_new (MADO_TYPE_SEARCH_RESULT, NULL);
  self->kind = MADO_SEARCH_RESULT_KIND_OWN_CONTACT;
  self->item = g_object_ref (own_contact);
  self->snippet = g_strdup (snippet);
  return self;
}

MadoSearchResultKind
mado_search_result_get_kind (MadoSearchResult *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (self), MADO_SEARCH_RESULT_KIND_SECTION);
  return self->kind;
}

/* The #MadoSection, #MadoContact or #MadoGuideNode; see mado_search_result_get_kind(). */
GObject *
mado_search_result_get_item (MadoSearchResult *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (self), NULL);
  return self->item;
}

/* %NULL when the result is not a section. */
MadoSection *
mado_search_result_get_section (MadoSearchResult *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (self), NULL);
  return self->kind == MADO_SEARCH_RESULT_KIND_SECTION ? MADO_SECTION (self->item) : NULL;
}

/* %NULL when the result is not a contact. */
MadoContact *
mado_search_result_get_contact (MadoSearchResult *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (self), NULL);
  return self->kind == MADO_SEARCH_RESULT_KIND_CONTACT ? MADO_CONTACT (self->item) : NULL;
}

/* %NULL when the result is not one of the guide's. */
MadoGuideNode *
mado_search_result_get_guide_node (MadoSearchResult *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (self), NULL);
  return self->kind == MADO_SEARCH_RESULT_KIND_GUIDE ? MADO_GUIDE_NODE (self->item) : NULL;
}

guint
mado_search_result_get_score (MadoSearchResult *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (self), 0);
  return self->score;
}

/**
 * mado_search_result_get_snippet:
 *
 * A single line (at most about 80 characters) of the item's text in the
 * dataset's language, around the first match, with "…" where it is cut; the
 * start of its description when only its name matched.
 */
const char *
mado_search_result_get_snippet (MadoSearchResult *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (self), NULL);

  if (self->snippet == NULL)
    self->snippet = mado_search_index_dup_snippet (self->index, self->item, self->query);

  return self->snippet;
}

static void
mado_search_result_finalize (GObject *object)
{
  MadoSearchResult *self = MADO_SEARCH_RESULT (object);

  g_clear_object (&self->item);
  g_clear_object (&self->index);
  g_clear_pointer (&self->query, g_ref_string_release);
  g_free (self->snippet);

  G_OBJECT_CLASS (mado_search_result_parent_class)->finalize (object);
}

static void
mado_search_result_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MadoSearchResult *self = MADO_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;
    case PROP_SNIPPET:
      g_value_set_string (value, mado_search_result_get_snippet (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_search_result_class_init (MadoSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_search_result_finalize;
  object_class->get_property = mado_search_result_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       MADO_TYPE_SEARCH_RESULT_KIND, MADO_SEARCH_RESULT_KIND_SECTION,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_search_result_init (MadoSearchResult *self)
{
}
