/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"
#include "mado-incident-store.h"

G_BEGIN_DECLS

#define MADO_TYPE_SHEET_PAGE (mado_sheet_page_get_type ())

G_DECLARE_FINAL_TYPE (MadoSheetPage, mado_sheet_page, MADO, SHEET_PAGE, AdwBin)

GtkWidget         *mado_sheet_page_new         (MadoIncidentStore *store,
                                                MadoDataset       *dataset);
MadoIncidentSheet *mado_sheet_page_get_sheet   (MadoSheetPage     *self);
void               mado_sheet_page_focus_start (MadoSheetPage     *self);
void               mado_sheet_page_export_to   (MadoSheetPage     *self,
                                                GFile             *file);
gboolean           mado_sheet_page_print_to_pdf (MadoSheetPage    *self,
                                                 const char       *path,
                                                 guint            *n_pages,
                                                 GError          **error);

G_END_DECLS
