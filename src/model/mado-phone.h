/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-model-types.h"
#include "mado-schedule.h"

G_BEGIN_DECLS

#define MADO_TYPE_PHONE (mado_phone_get_type ())

G_DECLARE_FINAL_TYPE (MadoPhone, mado_phone, MADO, PHONE, GObject)

const char        *mado_phone_get_number   (MadoPhone *self);
const char        *mado_phone_get_label    (MadoPhone *self);
const char        *mado_phone_get_hours    (MadoPhone *self);
MadoSchedule      *mado_phone_get_schedule (MadoPhone *self);
MadoContactStatus  mado_phone_get_status   (MadoPhone *self);
GDateTime         *mado_phone_get_checked  (MadoPhone *self);
const char        *mado_phone_get_change   (MadoPhone *self);
gboolean           mado_phone_is_confirmed (MadoPhone *self);
char              *mado_phone_dup_digits   (MadoPhone *self);

G_END_DECLS
