/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MADO_TYPE_SITUATION (mado_situation_get_type ())

G_DECLARE_FINAL_TYPE (MadoSituation, mado_situation, MADO, SITUATION, GObject)

const char *mado_situation_get_id    (MadoSituation *self);
const char *mado_situation_get_label (MadoSituation *self);

G_END_DECLS
