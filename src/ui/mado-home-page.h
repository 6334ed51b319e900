/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"

G_BEGIN_DECLS

#define MADO_TYPE_HOME_PAGE (mado_home_page_get_type ())

G_DECLARE_FINAL_TYPE (MadoHomePage, mado_home_page, MADO, HOME_PAGE, AdwBin)

GtkWidget *mado_home_page_new         (MadoDataset  *dataset);
void       mado_home_page_focus_start (MadoHomePage *self);

G_END_DECLS
