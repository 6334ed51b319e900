/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-page-parts.h"
#include "mado-row.h"

/* The pieces that the section pages and the guide's pages are built of, so
 * that both read alike. */

/* An icon that only decorates: screen readers skip it rather than read
 * "GtkImage". */
GtkWidget *
mado_decorative_icon_new (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

/* Names @widget for screen readers by @label alone, and by nothing it is
 * labelled by: libadwaita's rows are labelled by their title, which GTK 4.8
 * would read after the label, twice. */
void
mado_set_accessible_label (GtkWidget  *widget,
                           const char *label)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* gtk_box_append() for a box held as a GtkWidget. */
void
mado_box_append (GtkWidget *box,
                 GtkWidget *widget)
{
  gtk_box_append (GTK_BOX (box), widget);
}

/* A GDestroyNotify for a GBinding kept alive with the widgets it binds:
 * unbinding first, so that no source outlives them still bound. */
void
mado_binding_unbind_and_unref (gpointer binding)
{
  g_binding_unbind (binding);
  g_object_unref (binding);
}

/* The readable column every page is laid out in; its box is returned in @box. */
GtkWidget *
mado_page_column_new (GtkWidget **box)
{
  GtkWidget *clamp = adw_clamp_new ();

  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (*box, 24);
  gtk_widget_set_margin_bottom (*box, 24);
  gtk_widget_set_margin_start (*box, 12);
  gtk_widget_set_margin_end (*box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), *box);
  return clamp;
}

GtkWidget *
mado_text_label (const char *text,
                 const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* @label without its mnemonic: "_Back" → "Back", and the Japanese form
 * "戻る(_B)" → "戻る". A doubled underscore stands for itself. */
char *
mado_strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (label != NULL, NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (p[0] == '(' && p[1] == '_' && p[2] != '\0' && p[3] == ')')
        {
          p += 3;
          continue;
        }
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/* A button with a mnemonic, named for screen readers by its words alone:
 * GTK 4.8 would read "_Back Back". */
GtkWidget *
mado_text_button_new (const char *label,
                      const char *action_name,
                      const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *name = mado_strip_mnemonic (label);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (action_name != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  return button;
}

/* A label that is read, not focused: selectable labels would each take a
 * stop in the keyboard's way through a form or a list of answers. */
GtkWidget *
mado_plain_label (const char *text,
                  const char *css_class)
{
  GtkWidget *label = mado_text_label (text, css_class);

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  return label;
}

/* One line of a sidebar row: wrapped to two lines at most (the whole text is
 * on the page), and bounded in width, since a wrapped label asks for its
 * whole text on one line and would widen the sidebar. */
GtkWidget *
mado_row_label_new (const char *text,
                    const char *css_class,
                    gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Steps are numbered, lists bulleted; each item is its own label so long items
 * wrap with a hanging indent. */
GtkWidget *
mado_items_widget (const char * const *items,
                   gboolean            numbered)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *marker = numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      GtkWidget *mark = gtk_label_new (marker);

      gtk_label_set_yalign (GTK_LABEL (mark), 0);
      gtk_widget_set_valign (mark, GTK_ALIGN_START);
      gtk_grid_attach (GTK_GRID (grid), mark, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), mado_text_label (items[i], NULL), 1, (int) i, 1, 1);
    }
  return grid;
}

GtkWidget *
mado_boxed_list (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return list;
}

/* An activatable row that triggers @action_name with @target (floating
 * references are sunk), named for screen readers by its title. */
GtkWidget *
mado_action_row_new (const char *title,
                     const char *subtitle,
                     const char *icon_name,
                     const char *action_name,
                     GVariant   *target)
{
  GtkWidget *row = mado_row_new (title, subtitle);

  if (icon_name != NULL)
    mado_row_add_suffix (MADO_ROW (row), mado_decorative_icon_new (icon_name));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  mado_set_accessible_label (row, title);
  return row;
}

/* A row that jumps to another section through win.show-section. */
GtkWidget *
mado_section_link_row_new (MadoSection *target,
                           const char  *subtitle)
{
  g_autofree char *title = mado_section_get_check (target) != NULL
    ? g_strdup_printf ("%s  %s", mado_section_get_check (target), mado_section_get_title (target))
    : g_strdup (mado_section_get_title (target));

  return mado_action_row_new (title, subtitle, "mado-go-next-symbolic", "win.show-section",
                              g_variant_new_string (mado_section_get_id (target)));
}
