/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"
#include "mado-incident-sheet.h"

G_BEGIN_DECLS

#define MADO_TYPE_SHEET_FORM (mado_sheet_form_get_type ())

G_DECLARE_FINAL_TYPE (MadoSheetForm, mado_sheet_form, MADO, SHEET_FORM, GtkBox)

GtkWidget         *mado_sheet_form_new       (MadoIncidentSheet *sheet,
                                              MadoDataset       *dataset);
MadoIncidentSheet *mado_sheet_form_get_sheet (MadoSheetForm     *self);
void               mado_sheet_form_focus_title (MadoSheetForm   *self);
void               mado_sheet_form_add_entry (MadoSheetForm     *self);

G_END_DECLS
