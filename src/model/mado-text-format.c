/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-text-format.h"

/* Dates are shown the way the interface language writes them; the format is a
 * translatable string because the C locale the tests run in knows no
 * Japanese date format. */
char *
mado_format_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* Translators: a date as g_date_time_format() takes it, e.g. "%Y年%-m月%-d日" in Japanese. */
  return g_date_time_format (date, _("%-d %B %Y"));
}
