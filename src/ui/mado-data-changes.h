/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-data-digest.h"

G_BEGIN_DECLS

char      *mado_data_changes_dup_summary (GPtrArray   *changes);
char      *mado_data_changes_dup_list    (GPtrArray   *changes,
                                          MadoDataset *dataset);
void       mado_data_changes_present     (GtkWidget   *parent,
                                          GPtrArray   *changes,
                                          MadoDataset *dataset);

G_END_DECLS
