/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the bench programs that step a window share: one frame drawn, as
 * after a click. */
#include "bench-frame.h"

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Asks @window for a frame and waits until it is painted (at most 100 ms,
 * so that a window with nothing to draw does not stop the run), then drains
 * what the frame queued. */
void
bench_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gint64 deadline = g_get_monotonic_time () + 100000;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  gtk_widget_queue_draw (window);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
