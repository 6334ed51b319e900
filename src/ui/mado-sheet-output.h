/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mado-dataset.h"
#include "mado-incident-sheet.h"

G_BEGIN_DECLS

GtkFileChooserNative    *mado_sheet_output_export_dialog_new (GtkWindow          *parent,
                                                             MadoIncidentSheet  *sheet);
GtkPrintOperationResult  mado_sheet_output_print             (MadoIncidentSheet  *sheet,
                                                             MadoDataset        *dataset,
                                                             GtkWindow          *parent,
                                                             const char         *pdf_path,
                                                             guint              *n_pages,
                                                             GError            **error);

G_END_DECLS
