/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-model-types.h"

G_BEGIN_DECLS

#define MADO_TYPE_GUIDE_ANSWER (mado_guide_answer_get_type ())

G_DECLARE_FINAL_TYPE (MadoGuideAnswer, mado_guide_answer, MADO, GUIDE_ANSWER, GObject)

const char   *mado_guide_answer_get_label    (MadoGuideAnswer *self);
const char   *mado_guide_answer_get_next_id  (MadoGuideAnswer *self);
MadoAudience  mado_guide_answer_get_audience (MadoGuideAnswer *self);

G_END_DECLS
