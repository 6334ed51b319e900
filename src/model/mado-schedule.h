/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-holidays.h"

G_BEGIN_DECLS

#define MADO_TYPE_SCHEDULE (mado_schedule_get_type ())

G_DECLARE_FINAL_TYPE (MadoSchedule, mado_schedule, MADO, SCHEDULE, GObject)

typedef enum {
  MADO_SCHEDULE_UNKNOWN,  /* the source gives no hours */
  MADO_SCHEDULE_ALWAYS,   /* 24 hours, every day */
  MADO_SCHEDULE_WEEKLY,   /* time ranges per weekday */
} MadoScheduleKind;

typedef enum {
  MADO_OPEN_UNKNOWN,
  MADO_OPEN_OPEN,
  MADO_OPEN_CLOSED,
} MadoOpenKind;

/* Whether a desk answers at one moment, in Japan time. */
typedef struct {
  MadoOpenKind kind;
  gboolean     always;       /* open: around the clock */
  int          until;        /* open: minutes after midnight it closes */
  int          opens_in;     /* closed: days until it opens (0 today), -1 unknown */
  int          opens_at;     /* closed: minutes after midnight it opens */
  GDateWeekday opens_day;    /* closed: the weekday it opens */
} MadoOpenState;

MadoScheduleKind  mado_schedule_get_kind      (MadoSchedule  *self);
const char       *mado_schedule_get_remark    (MadoSchedule  *self);
const char       *mado_schedule_get_source    (MadoSchedule  *self);
gboolean          mado_schedule_needs_clock   (MadoSchedule  *self);
void              mado_schedule_evaluate      (MadoSchedule  *self,
                                               MadoHolidays  *holidays,
                                               GDateTime     *now,
                                               MadoOpenState *state);
GDateTime        *mado_schedule_next_change   (MadoSchedule  *self,
                                               MadoHolidays  *holidays,
                                               GDateTime     *now);
char             *mado_open_state_format      (const MadoOpenState *state);
GDateTime        *mado_japan_time             (GDateTime     *time);
char             *mado_format_japan_time      (GDateTime     *time);

G_END_DECLS
