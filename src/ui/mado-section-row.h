/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mado-section.h"

G_BEGIN_DECLS

#define MADO_TYPE_SECTION_ROW (mado_section_row_get_type ())

G_DECLARE_FINAL_TYPE (MadoSectionRow, mado_section_row, MADO, SECTION_ROW, GtkListBoxRow)

GtkWidget   *mado_section_row_new         (MadoSection    *section);
MadoSection *mado_section_row_get_section (MadoSectionRow *self);

G_END_DECLS
