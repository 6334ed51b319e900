/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MADO_TYPE_CLOCK (mado_clock_get_type ())

G_DECLARE_FINAL_TYPE (MadoClock, mado_clock, MADO, CLOCK, GObject)

MadoClock *mado_clock_get_default (void);
GDateTime *mado_clock_dup_now     (MadoClock *self);
void       mado_clock_set_now     (MadoClock *self,
                                   GDateTime *now);
void       mado_clock_hold        (MadoClock *self);
void       mado_clock_release     (MadoClock *self);
void       mado_clock_want_tick_at (MadoClock *self,
                                    GDateTime *when);
gboolean   mado_clock_has_timer   (MadoClock *self);

G_END_DECLS
