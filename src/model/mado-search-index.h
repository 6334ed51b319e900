/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-dataset.h"
#include "mado-guide-walk.h"

G_BEGIN_DECLS

#define MADO_TYPE_SEARCH_INDEX (mado_search_index_get_type ())

G_DECLARE_FINAL_TYPE (MadoSearchIndex, mado_search_index, MADO, SEARCH_INDEX, GObject)

MadoSearchIndex *mado_search_index_new         (MadoDataset     *dataset);
MadoDataset     *mado_search_index_get_dataset (MadoSearchIndex *self);
GListModel      *mado_search_index_query       (MadoSearchIndex *self,
                                                const char      *query);
char            *mado_search_index_dup_snippet (MadoSearchIndex *self,
                                                GObject         *item,
                                                const char      *query);
char            *mado_search_index_dup_item_id (GObject         *item);
GObject         *mado_search_index_lookup_item (MadoSearchIndex *self,
                                                const char      *id);
gboolean         mado_search_index_walk_to     (MadoSearchIndex *self,
                                                MadoGuideWalk   *walk,
                                                MadoGuideNode   *result);

G_END_DECLS
