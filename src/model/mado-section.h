/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MADO_TYPE_SECTION (mado_section_get_type ())

G_DECLARE_FINAL_TYPE (MadoSection, mado_section, MADO, SECTION, GObject)

const char *mado_section_get_id           (MadoSection *self);
const char *mado_section_get_label        (MadoSection *self);
const char *mado_section_get_check        (MadoSection *self);
const char *mado_section_get_title        (MadoSection *self);
const char *mado_section_get_summary      (MadoSection *self);
GListModel *mado_section_get_blocks       (MadoSection *self);
GListModel *mado_section_get_children     (MadoSection *self);
const char *mado_section_get_parent_id    (MadoSection *self);
guint       mado_section_get_depth        (MadoSection *self);
const char *mado_section_get_search_names (MadoSection *self);
const char *mado_section_get_search_body  (MadoSection *self);
GPtrArray  *mado_section_arrange_blocks   (MadoSection *self,
                                           GDateTime   *today,
                                           guint        current_years,
                                           guint       *n_current);

G_END_DECLS
