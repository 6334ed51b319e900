/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mado-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MadoApplication) app = NULL;

  mado_application_setup_locale ();

  app = mado_application_new ();
  /* An environment variable, not an option: GApplication would forward an
   * option to an instance already open at the desk, and quit that one. */
  if (g_getenv ("MADOGUCHI_QUIT_AFTER_FIRST_FRAME") != NULL)
    mado_application_set_quit_after_first_frame (app, TRUE);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
