/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-a11y.h"
#include "mado-page-parts.h"

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

/* A button with a mnemonic made by a template: GTK 4.8 names it for screen
 * readers with the underscore and the label twice. Named by its words
 * alone instead, as mado_page_parts_text_button_new() names its own. */
void
mado_a11y_name_by_label (GtkWidget *button)
{
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_BUTTON (button));

  name = mado_page_parts_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (button)));
  mado_page_parts_set_accessible_label (button, name);
}
