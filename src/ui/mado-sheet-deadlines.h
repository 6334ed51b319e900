/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mado-dataset.h"
#include "mado-incident-sheet.h"

G_BEGIN_DECLS

#define MADO_TYPE_SHEET_DEADLINES (mado_sheet_deadlines_get_type ())

G_DECLARE_FINAL_TYPE (MadoSheetDeadlines, mado_sheet_deadlines, MADO, SHEET_DEADLINES, GtkBox)

GtkWidget *mado_sheet_deadlines_new     (MadoIncidentSheet  *sheet,
                                         MadoDataset        *dataset);
void       mado_sheet_deadlines_set_now (MadoSheetDeadlines *self,
                                         GDateTime          *now);

G_END_DECLS
