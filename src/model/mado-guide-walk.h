/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-dataset.h"
#include "mado-guide-answer.h"

G_BEGIN_DECLS

#define MADO_TYPE_GUIDE_WALK (mado_guide_walk_get_type ())

G_DECLARE_FINAL_TYPE (MadoGuideWalk, mado_guide_walk, MADO, GUIDE_WALK, GObject)

MadoGuideWalk   *mado_guide_walk_new             (MadoDataset   *dataset);
MadoGuideNode   *mado_guide_walk_get_current     (MadoGuideWalk *self);
guint            mado_guide_walk_get_n_steps     (MadoGuideWalk *self);
MadoGuideNode   *mado_guide_walk_get_step_node   (MadoGuideWalk *self,
                                                  guint          step);
MadoGuideAnswer *mado_guide_walk_get_step_answer (MadoGuideWalk *self,
                                                  guint          step);
gboolean         mado_guide_walk_answer          (MadoGuideWalk *self,
                                                  guint          answer);
gboolean         mado_guide_walk_back            (MadoGuideWalk *self);
gboolean         mado_guide_walk_revisit         (MadoGuideWalk *self,
                                                  guint          step);
void             mado_guide_walk_restart         (MadoGuideWalk *self);

G_END_DECLS
