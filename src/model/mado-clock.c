/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-clock.h"

/* The time "open now" is judged at, and the one timer that says when the
 * minute turns. Pages that show hours hold the clock while they are mapped
 * and ask for a tick at the next minute their words can change (an opening
 * or closing time, midnight); the timer is armed for the earliest of those,
 * so a page at rest wakes the app a few times a day, not every minute. With
 * no holder there is no timer at all. Tests (and screenshots, through
 * MADOGUCHI_NOW) set the time instead of waiting for it. */
struct _MadoClock
{
  GObject parent_instance;

  GDateTime *fixed;    /* the injected time, or NULL for the real one */
  guint      holders;
  guint      timer_id;
  gint64     wanted;   /* Unix time of the earliest tick asked for, or 0 */
};

G_DEFINE_FINAL_TYPE (MadoClock, mado_clock, G_TYPE_OBJECT)

enum {
  TICK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A few milliseconds past the minute, so that the time read in the
 * handler is already the new minute. */
#define TICK_SLACK_MS 20
/* The longest the timer waits. GLib's timeouts run on the monotonic clock,
 * which stands still while the machine sleeps: a desk PC woken in the
 * morning must not show last night's words for hours. */
#define LONGEST_WAIT_US (15 * G_USEC_PER_SEC * 60)

static void arm (MadoClock *self);

/* The holders ask again from their handlers, for their next change. */
static gboolean
tick_cb (gpointer data)
{
  MadoClock *self = data;

  self->timer_id = 0;
  self->wanted = 0;
  g_signal_emit (self, signals[TICK], 0);
  return G_SOURCE_REMOVE;
}

static gint64
now_us (MadoClock *self)
{
  if (self->fixed != NULL)
    return g_date_time_to_unix (self->fixed) * G_USEC_PER_SEC + g_date_time_get_microsecond (self->fixed);
  return g_get_real_time ();
}

/* One-shot to the minute asked for (at most LONGEST_WAIT_US ahead, on a
 * minute too), re-armed as the holders ask again: it stays aligned to the
 * minute where a repeating timer would drift. */
static void
arm (MadoClock *self)
{
  gint64 now = now_us (self);
  gint64 wait;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (self->holders == 0 || self->wanted == 0)
    return;
  wait = MAX (self->wanted * G_USEC_PER_SEC - now, 0);
  wait = MIN (wait, LONGEST_WAIT_US - now % (60 * G_USEC_PER_SEC));
  self->timer_id = g_timeout_add ((guint) (wait / 1000 + TICK_SLACK_MS), tick_cb, self);
  g_source_set_name_by_id (self->timer_id, "[madoguchi] minute");
}

/* Asks for a tick at @when (a minute at which the holder's words change);
 * the earliest request wins until it fires. */
void
mado_clock_want_tick_at (MadoClock *self,
                         GDateTime *when)
{
  gint64 unix_time;

  g_return_if_fail (MADO_IS_CLOCK (self));
  g_return_if_fail (when != NULL);

  unix_time = g_date_time_to_unix (when);
  if (self->holders == 0 || (self->wanted != 0 && self->wanted <= unix_time))
    return;
  self->wanted = unix_time;
  arm (self);
}

/* The app's clock; MADOGUCHI_NOW (ISO 8601, e.g. 2026-12-04T18:30:00+09:00)
 * fixes its time for screenshots and demonstrations. */
MadoClock *
mado_clock_get_default (void)
{
  static MadoClock *clock;

  if (g_once_init_enter (&clock))
    {
      MadoClock *created = g_object_new (MADO_TYPE_CLOCK, NULL);
      const char *fixed = g_getenv ("MADOGUCHI_NOW");

      if (fixed != NULL)
        created->fixed = g_date_time_new_from_iso8601 (fixed, NULL);
      g_once_init_leave (&clock, created);
    }
  return clock;
}

GDateTime *
mado_clock_dup_now (MadoClock *self)
{
  g_return_val_if_fail (MADO_IS_CLOCK (self), NULL);

  if (self->fixed != NULL)
    return g_date_time_ref (self->fixed);
  return g_date_time_new_now_utc ();
}

/* Sets the time (NULL: the real time again) and tells the holders, as if
 * the minute had turned. */
void
mado_clock_set_now (MadoClock *self,
                    GDateTime *now)
{
  g_return_if_fail (MADO_IS_CLOCK (self));

  g_clear_pointer (&self->fixed, g_date_time_unref);
  if (now != NULL)
    self->fixed = g_date_time_ref (now);
  /* What was asked for belongs to the old time: the holders ask again. */
  self->wanted = 0;
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_signal_emit (self, signals[TICK], 0);
}

void
mado_clock_hold (MadoClock *self)
{
  g_return_if_fail (MADO_IS_CLOCK (self));

  self->holders++;
}

void
mado_clock_release (MadoClock *self)
{
  g_return_if_fail (MADO_IS_CLOCK (self));
  g_return_if_fail (self->holders > 0);

  if (--self->holders == 0)
    {
      g_clear_handle_id (&self->timer_id, g_source_remove);
      self->wanted = 0;
    }
}

gboolean
mado_clock_has_timer (MadoClock *self)
{
  g_return_val_if_fail (MADO_IS_CLOCK (self), FALSE);
  return self->timer_id != 0;
}

static void
mado_clock_finalize (GObject *object)
{
  MadoClock *self = MADO_CLOCK (object);

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_pointer (&self->fixed, g_date_time_unref);

  G_OBJECT_CLASS (mado_clock_parent_class)->finalize (object);
}

static void
mado_clock_class_init (MadoClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mado_clock_finalize;

  /* The minute turned (or the time was set): what shows hours updates. */
  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mado_clock_init (MadoClock *self)
{
}
