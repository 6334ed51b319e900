/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-own-contacts.h"
#include "mado-search-hit.h"
#include "mado-search-index.h"
#include "mado-search-result.h"

G_BEGIN_DECLS

#define MADO_TYPE_SEARCH_LIST (mado_search_list_get_type ())

G_DECLARE_FINAL_TYPE (MadoSearchList, mado_search_list, MADO, SEARCH_LIST, AdwBin)

GtkWidget  *mado_search_list_new              (void);
void        mado_search_list_set_index        (MadoSearchList  *self,
                                               MadoSearchIndex *index);
void        mado_search_list_set_own_contacts (MadoSearchList  *self,
                                               MadoOwnContacts *own_contacts);
void        mado_search_list_set_query        (MadoSearchList  *self,
                                               const char      *query);
guint       mado_search_list_get_n_results    (MadoSearchList  *self);
GListModel *mado_search_list_get_hits         (MadoSearchList  *self);
GtkWidget  *mado_search_list_get_row          (MadoSearchList  *self,
                                               guint            position);
gboolean    mado_search_list_activate_first   (MadoSearchList  *self);
void        mado_search_list_focus_first      (MadoSearchList  *self);

G_END_DECLS
