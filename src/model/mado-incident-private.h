/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces the string in *@field by a copy of @value (NULL stored as ""), and
 * tells whether it changed: properties notify only on a real change. This is
 * g_set_str() of GLib 2.76, which the platform floor (2.74) lacks. */
static inline gboolean
mado_incident_set_text (char       **field,
                        const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Equal instants, NULL only equal to NULL. */
static inline gboolean
mado_incident_same_time (GDateTime *a,
                         GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

G_END_DECLS
