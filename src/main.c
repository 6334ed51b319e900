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
  return g_application_run (G_APPLICATION (app), argc, argv);
}
