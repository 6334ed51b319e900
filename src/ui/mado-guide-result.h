/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"
#include "mado-guide-walk.h"

G_BEGIN_DECLS

#define MADO_TYPE_GUIDE_RESULT (mado_guide_result_get_type ())

G_DECLARE_FINAL_TYPE (MadoGuideResult, mado_guide_result, MADO, GUIDE_RESULT, AdwBin)

GtkWidget   *mado_guide_result_new             (MadoDataset     *dataset,
                                                MadoGuideWalk   *walk);
GtkWidget   *mado_guide_result_get_call_button (MadoGuideResult *self);
const char  *mado_guide_result_get_call_text   (MadoGuideResult *self);
GtkWidget   *mado_guide_result_get_after_hours_list (MadoGuideResult *self);
GtkWidget   *mado_guide_answers_list_new       (MadoGuideWalk   *walk);

G_END_DECLS
