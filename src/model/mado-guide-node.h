/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-model-types.h"

G_BEGIN_DECLS

#define MADO_TYPE_GUIDE_NODE (mado_guide_node_get_type ())

G_DECLARE_FINAL_TYPE (MadoGuideNode, mado_guide_node, MADO, GUIDE_NODE, GObject)

const char         *mado_guide_node_get_id       (MadoGuideNode *self);
MadoGuideNodeKind   mado_guide_node_get_kind     (MadoGuideNode *self);
const char         *mado_guide_node_get_text     (MadoGuideNode *self);
const char         *mado_guide_node_get_help     (MadoGuideNode *self);
GListModel         *mado_guide_node_get_answers  (MadoGuideNode *self);
const char         *mado_guide_node_get_title    (MadoGuideNode *self);
const char         *mado_guide_node_get_urgent   (MadoGuideNode *self);
const char * const *mado_guide_node_get_steps    (MadoGuideNode *self);
const char * const *mado_guide_node_get_avoid    (MadoGuideNode *self);
GListModel         *mado_guide_node_get_contacts (MadoGuideNode *self);
GListModel         *mado_guide_node_get_sections (MadoGuideNode *self);
GListModel         *mado_guide_node_get_sources  (MadoGuideNode *self);
const char         *mado_guide_node_get_situation (MadoGuideNode *self);

GListModel         *mado_guide_node_get_after_hours (MadoGuideNode *self);

const char         *mado_guide_node_get_search_names (MadoGuideNode *self);
const char         *mado_guide_node_get_search_body  (MadoGuideNode *self);

G_END_DECLS
