/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-a11y.h"

/* What screen readers would otherwise get wrong on GTK 4.8, in one place. */

/* A GtkDropDown's own button is named "GtkToggleButton" for screen readers
 * in GTK 4.8: give it the drop-down's name. Only if it is where GTK 4.8 to
 * 4.18 put it; otherwise GTK names it itself. */
void
mado_a11y_name_drop_down (GtkWidget  *drop_down,
                          const char *label)
{
  GtkWidget *button = gtk_widget_get_first_child (drop_down);

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (GTK_IS_TOGGLE_BUTTON (button))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
