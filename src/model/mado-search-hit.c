/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-search-hit.h"

/* One line of the window's list of search results: a result, or the
 * heading above the results of one kind. GTK 4.8's list view has no
 * section headers, so a heading is an item of the list like a result. */
struct _MadoSearchHit
{
  GObject parent_instance;

  MadoSearchResult     *result;  /* NULL for a heading */
  MadoSearchResultKind  kind;
};

G_DEFINE_FINAL_TYPE (MadoSearchHit, mado_search_hit, G_TYPE_OBJECT)

MadoSearchHit *
mado_search_hit_new_result (MadoSearchResult *result)
{
  MadoSearchHit *self;

  g_return_val_if_fail (MADO_IS_SEARCH_RESULT (result), NULL);

  self = g_object_new (MADO_TYPE_SEARCH_HIT, NULL);
  self->result = g_object_ref (result);
  self->kind = mado_search_result_get_kind (result);
  return self;
}

MadoSearchHit *
mado_search_hit_new_heading (MadoSearchResultKind kind)
{
  MadoSearchHit *self = g_object_new (MADO_TYPE_SEARCH_HIT, NULL);

  self->kind = kind;
  return self;
}

/* The result, or %NULL for a heading. */
MadoSearchResult *
mado_search_hit_get_result (MadoSearchHit *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_HIT (self), NULL);
  return self->result;
}

MadoSearchResultKind
mado_search_hit_get_kind (MadoSearchHit *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_HIT (self), MADO_SEARCH_RESULT_KIND_SECTION);
  return self->kind;
}

gboolean
mado_search_hit_is_heading (MadoSearchHit *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_HIT (self), FALSE);
  return self->result == NULL;
}

/**
 * mado_search_hit_shows_same:
 *
 * Whether a row made for @self can stay for @other: the same heading, or
 * the same item with the same snippet. The snippet is compared last, as it
 * is made on first use.
 */
gboolean
mado_search_hit_shows_same (MadoSearchHit *self,
                            MadoSearchHit *other)
{
  g_return_val_if_fail (MADO_IS_SEARCH_HIT (self), FALSE);
  g_return_val_if_fail (MADO_IS_SEARCH_HIT (other), FALSE);

  if (self->kind != other->kind || (self->result == NULL) != (other->result == NULL))
    return FALSE;
  if (self->result == NULL)
    return TRUE;
  return mado_search_result_get_item (self->result) == mado_search_result_get_item (other->result) &&
         g_strcmp0 (mado_search_result_get_snippet (self->result),
                    mado_search_result_get_snippet (other->result)) == 0;
}

static void
mado_search_hit_dispose (GObject *object)
{
  MadoSearchHit *self = MADO_SEARCH_HIT (object);

  g_clear_object (&self->result);

  G_OBJECT_CLASS (mado_search_hit_parent_class)->dispose (object);
}

static void
mado_search_hit_class_init (MadoSearchHitClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mado_search_hit_dispose;
}

static void
mado_search_hit_init (MadoSearchHit *self)
{
}
