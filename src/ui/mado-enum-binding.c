/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-enum-binding.h"

/* A GtkDropDown bound to an enum property, both ways, where the drop-down's
 * positions are the enum's values (the timeline entry's kind, whether the
 * incident is still going on): the transforms of g_object_bind_property_full(). */

gboolean
mado_enum_binding_to_position (GBinding     *binding,
                               const GValue *from,
                               GValue       *to,
                               gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

/* A position that is no value of the enum (none chosen) changes nothing. */
gboolean
mado_enum_binding_to_enum (GBinding     *binding,
                           const GValue *from,
                           GValue       *to,
                           gpointer      user_data)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_VALUE_TYPE (to));
  guint position = g_value_get_uint (from);

  if (position > G_MAXINT || g_enum_get_value (enum_class, (int) position) == NULL)
    return FALSE;
  g_value_set_enum (to, (int) position);
  return TRUE;
}
