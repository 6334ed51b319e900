/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-dataset.h"
#include "mado-incident-error.h"
#include "mado-incident-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  MADO_SHEET_TEXT_PLAIN,
  MADO_SHEET_TEXT_MARKDOWN,
} MadoSheetTextFormat;

const char *mado_sheet_field_get_label    (MadoIncidentField    field);
const char *mado_sheet_field_get_hint     (MadoIncidentField    field);
gboolean    mado_sheet_field_is_long      (MadoIncidentField    field);
guint       mado_sheet_field_get_max_length (MadoIncidentField  field);
char       *mado_sheet_field_describe_length (MadoIncidentField field,
                                            guint              length);
const char *mado_sheet_ongoing_get_label  (MadoIncidentOngoing  ongoing);
const char *mado_sheet_load_summary       (const GError        *error);
char       *mado_sheet_format_time        (GDateTime           *time);
char       *mado_sheet_format_called      (MadoIncidentContact *contact);
char       *mado_sheet_default_title      (GDateTime           *created);
char       *mado_sheet_text_build         (MadoIncidentSheet   *sheet,
                                           MadoDataset         *dataset,
                                           MadoSheetTextFormat  format);
char       *mado_sheet_text_build_for_file (MadoIncidentSheet  *sheet,
                                            MadoDataset        *dataset,
                                            const char         *file_name);

G_END_DECLS
