/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "mado-application.h"

/* Handles --language here, before GApplication sees the command line: the
 * language is fixed at start, and an instance already running would not
 * change. The choice is saved, so it holds for the next start too. */
static char *
take_language_option (int   *argc,
                      char **argv)
{
  for (int i = 1; i < *argc; i++)
    {
      const char *value;

      if (!g_str_has_prefix (argv[i], "--language="))
        continue;

      value = argv[i] + strlen ("--language=");
      if (!g_str_equal (value, "ja") && !g_str_equal (value, "en") && !g_str_equal (value, "system"))
        {
          g_printerr ("madoguchi: --language takes ja, en or system, not “%s”\n", value);
          exit (EXIT_FAILURE);
        }

      memmove (&argv[i], &argv[i + 1], sizeof (char *) * (size_t) (*argc - i));
      (*argc)--;
      return g_strdup (g_str_equal (value, "system") ? "" : value);
    }

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MadoApplication) app = NULL;
  g_autofree char *language = take_language_option (&argc, argv);

  if (language != NULL)
    mado_application_save_language_setting (language);
  else
    language = mado_application_dup_language_setting ();
  mado_application_setup_locale (language);

  app = mado_application_new ();
  /* An environment variable, not an option: GApplication would forward an
   * option to an instance already open at the desk, and quit that one. */
  if (g_getenv ("MADOGUCHI_QUIT_AFTER_FIRST_FRAME") != NULL)
    mado_application_set_quit_after_first_frame (app, TRUE);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
