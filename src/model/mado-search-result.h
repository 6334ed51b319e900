/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-contact.h"
#include "mado-guide-node.h"
#include "mado-search-index.h"
#include "mado-section.h"

G_BEGIN_DECLS

/* What a search result points to; the UI groups results by it. */
typedef enum
{
  MADO_SEARCH_RESULT_KIND_SECTION,
  MADO_SEARCH_RESULT_KIND_CONTACT,
  MADO_SEARCH_RESULT_KIND_GUIDE,
  /* One of the desk's own contacts (MadoOwnContact). */
  MADO_SEARCH_RESULT_KIND_OWN_CONTACT,
} MadoSearchResultKind;

#define MADO_TYPE_SEARCH_RESULT_KIND (mado_search_result_kind_get_type ())
GType mado_search_result_kind_get_type (void) G_GNUC_CONST;

#define MADO_TYPE_SEARCH_RESULT (mado_search_result_get_type ())

G_DECLARE_FINAL_TYPE (MadoSearchResult, mado_search_result, MADO, SEARCH_RESULT, GObject)

MadoSearchResult     *mado_search_result_new         (MadoSearchIndex *index,
                                                      GObject         *item,
                                                      guint            score,
                                                      GRefString      *query);

MadoSearchResult     *mado_search_result_new_for_own (GObject         *own_contact,
                                                      const char      *snippet);
MadoSearchResultKind  mado_search_result_get_kind    (MadoSearchResult *self);
GObject              *mado_search_result_get_item    (MadoSearchResult *self);
MadoSection          *mado_search_result_get_section (MadoSearchResult *self);
MadoContact          *mado_search_result_get_contact (MadoSearchResult *self);
MadoGuideNode        *mado_search_result_get_guide_node (MadoSearchResult *self);
guint                 mado_search_result_get_score   (MadoSearchResult *self);
const char           *mado_search_result_get_snippet (MadoSearchResult *self);

G_END_DECLS
