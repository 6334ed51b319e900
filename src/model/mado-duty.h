/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-link.h"

G_BEGIN_DECLS

/* A question that decides whether a reporting duty applies ("Is personal
 * data involved?"), answered on the incident sheet. */
typedef struct
{
  char *id;
  char *text;
} MadoDutyQuestion;

/* One deadline of a duty: a number of days from the day the organisation
 * became aware (that day is day 1), or a range for "promptly, about 3–5
 * days"; longer when one question is answered yes (improper purpose). */
typedef struct
{
  char  *label;
  guint  days;
  guint  days_max;     /* 0 unless the deadline is a range */
  char  *longer_if;    /* a question id, or NULL */
  guint  longer_days;
} MadoDutyStage;

/* A deadline worked out for one sheet, in Japan time. */
typedef struct
{
  const MadoDutyStage *stage;
  GDate                first;      /* the date the deadline falls on */
  GDate                last;       /* the same, or the end of a range */
  guint                days;       /* the days counted (30 or 60…) */
  int                  days_left;  /* from today to @last; < 0 when past */
} MadoDutyDue;

#define MADO_TYPE_DUTY (mado_duty_get_type ())

G_DECLARE_FINAL_TYPE (MadoDuty, mado_duty, MADO, DUTY, GObject)

void                mado_duty_question_free    (MadoDutyQuestion   *question);

const char         *mado_duty_get_id           (MadoDuty           *self);
const char         *mado_duty_get_authority    (MadoDuty           *self);
const char         *mado_duty_get_name         (MadoDuty           *self);
const char         *mado_duty_get_counting     (MadoDuty           *self);
MadoLink           *mado_duty_get_form         (MadoDuty           *self);
MadoLink           *mado_duty_get_source       (MadoDuty           *self);
guint               mado_duty_get_n_stages     (MadoDuty           *self);
const MadoDutyStage *mado_duty_get_stage       (MadoDuty           *self,
                                                guint               index);
gboolean            mado_duty_applies          (MadoDuty           *self,
                                                const char * const *answers);
GArray             *mado_duty_compute          (MadoDuty           *self,
                                                const char * const *answers,
                                                GDateTime          *aware_at,
                                                GDateTime          *now);
GTimeZone          *mado_duty_time_zone        (void);

G_END_DECLS
