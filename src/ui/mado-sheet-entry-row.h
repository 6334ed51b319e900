/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mado-incident-entry.h"

G_BEGIN_DECLS

#define MADO_TYPE_SHEET_ENTRY_ROW (mado_sheet_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (MadoSheetEntryRow, mado_sheet_entry_row, MADO, SHEET_ENTRY_ROW, GtkListBoxRow)

GtkWidget         *mado_sheet_entry_row_new        (MadoIncidentEntry *entry);
MadoIncidentEntry *mado_sheet_entry_row_get_entry  (MadoSheetEntryRow *self);
void               mado_sheet_entry_row_focus_text (MadoSheetEntryRow *self);
GDateTime         *mado_sheet_parse_time           (const char        *text,
                                                    GDateTime         *day);

G_END_DECLS
