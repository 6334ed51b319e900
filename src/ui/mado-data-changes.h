/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-data-digest.h"

G_BEGIN_DECLS

char      *mado_data_changes_dup_summary (GPtrArray   *changes);
char      *mado_data_changes_dup_list    (GPtrArray   *changes,
                                          MadoDataset *dataset);
GtkWidget *mado_data_changes_dialog_new  (GtkWindow   *parent,
                                          GPtrArray   *changes,
                                          MadoDataset *dataset);

G_END_DECLS
