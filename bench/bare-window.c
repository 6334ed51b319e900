/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor: an AdwApplicationWindow with one label, quitting at its first
 * painted frame exactly as madoguchi does under MADOGUCHI_QUIT_AFTER_FIRST_FRAME.
 * The benchmark reports madoguchi as a ratio against this, measured in the
 * same run, because the machines are too noisy for absolute times. */
#include <adwaita.h>

#include "mado-first-frame.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window),
                                      gtk_label_new ("Madoguchi"));
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  if (g_getenv ("MADOGUCHI_QUIT_AFTER_FIRST_FRAME") != NULL)
    mado_quit_after_first_frame (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.madoguchi.Bare",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
