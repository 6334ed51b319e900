/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-a11y.h"
#include "mado-page-parts.h"

/* What screen readers would otherwise get wrong on GTK 4.8 or 4.18, in one
 * place. */

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

/* The text of the first label among @widget's descendants, or NULL. */
static const char *
first_label_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text;

      if (GTK_IS_LABEL (child))
        return gtk_label_get_text (GTK_LABEL (child));
      text = first_label_text (child);
      if (text != NULL)
        return text;
    }
  return NULL;
}

static void
name_model_buttons (GtkWidget *widget,
                    GType      model_button_type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (child, model_button_type))
        {
          name_model_buttons (child, model_button_type);
          continue;
        }
      text = first_label_text (child);
      if (text == NULL || *text == '\0')
        continue;
      /* The name is the item's own text, as GTK 4.8 gives it, on every
       * GTK: the relation is dropped so that 4.8 does not say it twice. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
}

static void
name_menu_items_cb (GtkWidget *popover_menu)
{
  GType model_button_type = g_type_from_name ("GtkModelButton");

  if (model_button_type != G_TYPE_INVALID)
    name_model_buttons (popover_menu, model_button_type);
}

/* A menu item of a GtkPopoverMenu (GTK's private GtkModelButton) is
 * labelled by its label, which later GTK makes presentational: on GTK
 * 4.18 the item then has no name at all for a screen reader ("menu item
 * ''"), where GTK 4.8 says "Open". Each item gets its label's text as its
 * name, each time the menu maps, when its items surely exist. */
void
mado_a11y_name_menu_items (GtkWidget *popover_menu)
{
  g_return_if_fail (GTK_IS_POPOVER_MENU (popover_menu));

  g_signal_connect (popover_menu, "map", G_CALLBACK (name_menu_items_cb), NULL);
}

/* Every menu of a GtkMenuButton under @root, as mado_a11y_name_menu_items()
 * does for a context menu: for a template's header menus. */
void
mado_a11y_name_menus (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkPopover *popover = GTK_IS_MENU_BUTTON (child)
                            ? gtk_menu_button_get_popover (GTK_MENU_BUTTON (child)) : NULL;

      if (GTK_IS_POPOVER_MENU (popover))
        mado_a11y_name_menu_items (GTK_WIDGET (popover));
      else if (!GTK_IS_MENU_BUTTON (child))
        mado_a11y_name_menus (child);
    }
}
