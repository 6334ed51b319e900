/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"
#include "mado-incident-contact.h"

G_BEGIN_DECLS

#define MADO_TYPE_SHEET_CONTACT_ROW (mado_sheet_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (MadoSheetContactRow, mado_sheet_contact_row, MADO, SHEET_CONTACT_ROW, GtkListBoxRow)

GtkWidget           *mado_sheet_contact_row_new         (MadoIncidentContact *contact,
                                                         MadoDataset         *dataset);
MadoIncidentContact *mado_sheet_contact_row_get_contact (MadoSheetContactRow *self);

G_END_DECLS
