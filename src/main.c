/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MadoApplication) app = NULL;
  g_autofree char *language = mado_application_dup_language_setting ();

  /* gtk_init() would call setlocale (LC_ALL, "") again and undo the C.UTF-8
   * that mado_application_setup_locale() chooses under LANG=C; gettext would
   * then ignore LANGUAGE and show English around Japanese content. The
   * locale is set here instead, before anything is translated (the option
   * descriptions of --help included). --language, read by the application
   * before GTK starts, may change it once more. */
  gtk_disable_setlocale ();
  mado_application_setup_locale (language);

  app = mado_application_new ();
  /* An environment variable, not an option: GApplication would forward an
   * option to an instance already open at the desk, and quit that one. */
  if (g_getenv ("MADOGUCHI_QUIT_AFTER_FIRST_FRAME") != NULL)
    mado_application_set_quit_after_first_frame (app, TRUE);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
