/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"
#include "mado-guide-walk.h"

G_BEGIN_DECLS

#define MADO_TYPE_GUIDE_PAGE (mado_guide_page_get_type ())

G_DECLARE_FINAL_TYPE (MadoGuidePage, mado_guide_page, MADO, GUIDE_PAGE, AdwBin)

GtkWidget     *mado_guide_page_new      (MadoDataset   *dataset,
                                         MadoGuideWalk *walk);
MadoGuideWalk *mado_guide_page_get_walk    (MadoGuidePage *self);
void           mado_guide_page_focus_start (MadoGuidePage *self);

G_END_DECLS
