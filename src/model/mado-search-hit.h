/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-search-result.h"

G_BEGIN_DECLS

#define MADO_TYPE_SEARCH_HIT (mado_search_hit_get_type ())

G_DECLARE_FINAL_TYPE (MadoSearchHit, mado_search_hit, MADO, SEARCH_HIT, GObject)

MadoSearchHit        *mado_search_hit_new_result  (MadoSearchResult *result);
MadoSearchHit        *mado_search_hit_new_heading (MadoSearchResultKind kind);
MadoSearchResult     *mado_search_hit_get_result  (MadoSearchHit    *self);
MadoSearchResultKind  mado_search_hit_get_kind    (MadoSearchHit    *self);
gboolean              mado_search_hit_is_heading  (MadoSearchHit    *self);
gboolean              mado_search_hit_shows_same  (MadoSearchHit    *self,
                                                   MadoSearchHit    *other);

G_END_DECLS
