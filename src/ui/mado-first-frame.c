/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-first-frame.h"

/* For the start-up benchmark: quits the application at the first frame the
 * window's surface has painted. A tick callback would fire before the paint,
 * too early; the frame clock's after-paint is the moment a person sees the
 * window. The shared baseline program uses the same function, so both are
 * measured to the same point. */

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (window));

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  if (app != NULL)
    g_application_quit (app);
}

static void
realize_cb (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect_object (gdk_surface_get_frame_clock (surface), "after-paint",
                           G_CALLBACK (after_paint_cb), window, 0);
}

void
mado_quit_after_first_frame (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
