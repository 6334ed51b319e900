/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-call-first.h"
#include "mado-clock.h"
#include "mado-holidays.h"
#include "mado-open-now.h"
#include "mado-text-format.h"

/* "Open now" beside a number: the label's words and colour, and the one
 * minute timer (MadoClock) held only while a widget that shows hours is on
 * screen. */

/* Sets @label to whether @phone answers now and returns the words (NULL and
 * hidden when the dataset gives the number no schedule). */
char *
mado_open_now_apply (GtkLabel  *label,
                     MadoPhone *phone)
{
  g_autoptr(GDateTime) now = mado_clock_dup_now (mado_clock_get_default ());
  MadoOpenState state;
  char *text;

  g_return_val_if_fail (GTK_IS_LABEL (label), NULL);
  g_return_val_if_fail (MADO_IS_PHONE (phone), NULL);

  if (mado_phone_get_schedule (phone) == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
      return NULL;
    }
  mado_call_first_phone_state (phone, now, &state);
  text = mado_open_state_format (&state);
  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  /* Colour repeats the words, never replaces them. */
  if (state.kind == MADO_OPEN_OPEN)
    gtk_widget_add_css_class (GTK_WIDGET (label), "open-now");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "open-now");
  if (state.kind == MADO_OPEN_CLOSED)
    gtk_widget_add_css_class (GTK_WIDGET (label), "closed-now");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "closed-now");
  return text;
}

typedef struct
{
  GtkWidget         *widget;
  MadoPhone         *phone;
  MadoOpenNowUpdate  update;
  gulong             handler;
} Watch;

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_object_unref (watch->phone);
  g_free (watch);
}

/* Updates the widget, then asks the clock for a tick when its words can
 * next change. */
static void
refresh (Watch *watch)
{
  MadoClock *clock = mado_clock_get_default ();
  g_autoptr(GDateTime) now = mado_clock_dup_now (clock);
  g_autoptr(GDateTime) next = NULL;

  watch->update (watch->widget);
  next = mado_schedule_next_change (mado_phone_get_schedule (watch->phone),
                                    mado_holidays_get_default (), now);
  if (next != NULL)
    mado_clock_want_tick_at (clock, next);
}

static void
map_cb (GtkWidget *widget,
        Watch     *watch)
{
  MadoClock *clock = mado_clock_get_default ();

  watch->handler = g_signal_connect_swapped (clock, "tick", G_CALLBACK (refresh), watch);
  mado_clock_hold (clock);
  /* The minute may have turned while it was hidden. */
  refresh (watch);
}

static void
unmap_cb (GtkWidget *widget,
          Watch     *watch)
{
  MadoClock *clock = mado_clock_get_default ();

  if (watch->handler == 0)
    return;
  g_clear_signal_handler (&watch->handler, clock);
  mado_clock_release (clock);
}

/* Calls @update when what @phone's hours say can change while @widget is
 * mapped. Only widgets whose words can change (weekly hours) ask for it. */
void
mado_open_now_watch (GtkWidget         *widget,
                     MadoPhone         *phone,
                     MadoOpenNowUpdate  update)
{
  Watch *watch;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (MADO_IS_PHONE (phone));

  watch = g_new0 (Watch, 1);
  watch->widget = widget;
  watch->phone = g_object_ref (phone);
  watch->update = update;
  g_object_set_data_full (G_OBJECT (widget), "mado-open-now-watch", watch, watch_free);
  g_signal_connect (widget, "map", G_CALLBACK (map_cb), watch);
  g_signal_connect (widget, "unmap", G_CALLBACK (unmap_cb), watch);
}

/* "Holidays known until 31 December 2027": the day after which a desk that
 * closes on holidays shows "Hours unknown". */
char *
mado_open_now_dup_holiday_note (void)
{
  const GDate *last = mado_holidays_get_last_day (mado_holidays_get_default ());
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *date = NULL;

  if (!g_date_valid (last))
    /* Translators: the holiday table could not be read. */
    return g_strdup (_("No holiday table: hours that depend on holidays are unknown"));
  day = g_date_time_new_utc (g_date_get_year (last), g_date_get_month (last), g_date_get_day (last), 0, 0, 0);
  date = mado_format_date (day);
  /* Translators: %s is a date; after it, hours that depend on national holidays are shown as unknown. */
  return g_strdup_printf (_("Japanese holidays known until %s"), date);
}
