/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-page-parts.h"
#include "mado-row.h"

/* The pieces that the section pages and the guide's pages are built of, so
 * that both read alike. */

/* An icon that only decorates: screen readers skip it rather than read
 * "GtkImage". */
GtkWidget *
mado_page_parts_decorative_icon_new (const char *icon_name)
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
mado_page_parts_set_accessible_label (GtkWidget  *widget,
                                      const char *label)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* gtk_box_append() for a box held as a GtkWidget. */
void
mado_page_parts_box_append (GtkWidget *box,
                            GtkWidget *widget)
{
  gtk_box_append (GTK_BOX (box), widget);
}

/* A GDestroyNotify for a GBinding kept alive with the widgets it binds:
 * unbinding first, so that no source outlives them still bound. */
void
mado_page_parts_unbind_and_unref (gpointer binding)
{
  g_binding_unbind (binding);
  g_object_unref (binding);
}

/* Body text can be selected with the mouse, where copying a sentence matters,
 * but is not a stop on the keyboard's way to the numbers: a selectable GtkLabel
 * makes itself focusable, so that is undone here. A press on it lets it take
 * the focus for as long as it keeps it, so that Ctrl+C copies the selection
 * (mado_page_parts_forget_selections). */
static void
make_selectable (GtkLabel *label)
{
  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (label), FALSE);
}

GtkWidget *
mado_page_parts_text_label (const char *text,
                            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  make_selectable (GTK_LABEL (label));
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A label that never takes focus keeps its selection when the pointer goes
 * elsewhere: each page forgets the last selection once a press lands outside
 * it. One gesture per page, not one per label. */
static GtkLabel *
selectable_label_at (GtkWidget *page,
                     double     x,
                     double     y)
{
  GtkWidget *picked = gtk_widget_pick (page, x, y, GTK_PICK_DEFAULT);

  while (picked != NULL && picked != page && !GTK_IS_LABEL (picked))
    picked = gtk_widget_get_parent (picked);
  if (picked != NULL && GTK_IS_LABEL (picked) && gtk_label_get_selectable (GTK_LABEL (picked)))
    return GTK_LABEL (picked);
  return NULL;
}

static void
label_focus_changed_cb (GtkWidget  *label,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  if (gtk_widget_has_focus (label))
    return;
  g_signal_handlers_disconnect_by_func (label, label_focus_changed_cb, user_data);
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);
}

/* The label pressed may take the focus until it loses it again. */
static void
lend_focus (GtkLabel *label)
{
  if (gtk_widget_get_focusable (GTK_WIDGET (label)))
    return;
  gtk_widget_set_can_focus (GTK_WIDGET (label), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), TRUE);
  g_signal_connect (label, "notify::has-focus", G_CALLBACK (label_focus_changed_cb), NULL);
}

static void
page_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkWidget       *page)
{
  GWeakRef *last = g_object_get_data (G_OBJECT (page), "mado-selected-label");
  GtkLabel *pressed = selectable_label_at (page, x, y);
  g_autoptr(GtkLabel) previous = g_weak_ref_get (last);

  if (previous != NULL && previous != pressed)
    gtk_label_select_region (previous, 0, 0);
  if (pressed != NULL)
    lend_focus (pressed);
  g_weak_ref_set (last, pressed);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

void
mado_page_parts_forget_selections (GtkWidget *page)
{
  GtkGesture *press = gtk_gesture_click_new ();
  GWeakRef *last = g_new0 (GWeakRef, 1);

  g_weak_ref_init (last, NULL);
  g_object_set_data_full (G_OBJECT (page), "mado-selected-label", last, weak_ref_free);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect (press, "pressed", G_CALLBACK (page_pressed_cb), page);
  gtk_widget_add_controller (page, GTK_EVENT_CONTROLLER (press));
}

/* Gives @page (a page put into the window's scrolled window, or any part
 * that is swapped in and out under a widget that stays) an action scope of
 * its own: an empty action group, so that GTK gives it an action muxer.
 *
 * Why: every widget bound to an action (a row or button with action-name)
 * is watched through the muxer of its nearest ancestor that has one, and
 * GTK 4.8's gtk_action_muxer_register_observer() relays each new watcher
 * to the muxer's parent again, while it takes back only one relay when the
 * last watcher goes. Without a muxer of its own, each of a page's bound
 * widgets (and lists: GtkListBox has one for its key bindings) is a watcher
 * of the scrolled window's, which lives as long as the window: every page
 * shown left about 36 bytes per such widget (but one) in the muxer above
 * the scrolled window's, given back only when the window goes (the soak's
 * growth; bench/action-growth `action` and `scoped` show it with GTK
 * alone). With one, the page's muxer is the scrolled window's only
 * watcher, and whatever the page's widgets leave is kept by the page's
 * muxer and goes with the page. The rows still name the window's actions,
 * which resolve through it unchanged. */
void
mado_page_parts_own_action_scope (GtkWidget *page)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  gtk_widget_insert_action_group (page, "page", G_ACTION_GROUP (group));
}

/* The context menu's "Show on Phone": the address (tel:, https:, mailto:)
 * as a QR code, with the text the desk reads under it. */
static void
append_show_on_phone (GMenu      *menu,
                      const char *qr_uri,
                      const char *text)
{
  g_autoptr(GMenuItem) show = NULL;

  if (qr_uri == NULL)
    return;
  /* Translators: a context-menu item that shows a number or an address as a QR code. */
  show = g_menu_item_new (_("_Show on Phone"), NULL);
  g_menu_item_set_action_and_target_value (show, "win.show-on-phone",
                                           g_variant_new ("(ss)", qr_uri, text));
  g_menu_append_item (menu, show);
}

/* The context menu of a row that reaches a contact: Copy, Open where there
 * is something to open, and Show on Phone where @qr_uri (may be NULL) gives
 * a code. Parented to @row, which unparents it. */
GtkWidget *
mado_page_parts_copy_menu_new (GtkWidget  *row,
                               const char *copy_text,
                               const char *uri,
                               const char *qr_uri)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) copy = g_menu_item_new (_("_Copy"), NULL);
  GtkWidget *popover;

  g_menu_item_set_action_and_target_value (copy, "win.copy-text",
                                           g_variant_new_string (copy_text));
  g_menu_append_item (menu, copy);
  if (uri != NULL)
    {
      g_autoptr(GMenuItem) open = g_menu_item_new (_("_Open"), NULL);

      g_menu_item_set_action_and_target_value (open, "win.open-uri",
                                               g_variant_new_string (uri));
      g_menu_append_item (menu, open);
    }
  append_show_on_phone (menu, qr_uri, copy_text);

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  mado_a11y_name_menu_items (popover);
  gtk_widget_set_parent (popover, row);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  return popover;
}

/* The context menu of a row opens with the Menu key and Shift+F10 as with
 * a right click: the row class's "row.popup-menu" action, which @activate
 * pops up. */
void
mado_page_parts_install_popup_menu (GtkWidgetClass              *widget_class,
                                    GtkWidgetActionActivateFunc  activate)
{
  gtk_widget_class_install_action (widget_class, "row.popup-menu", NULL, activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "row.popup-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "row.popup-menu", NULL);
}

/* A menu opened by a right click points at the click, which the row
 * claims. */
void
mado_page_parts_point_menu (GtkWidget  *menu,
                            GtkGesture *gesture,
                            double      x,
                            double      y)
{
  if (menu != NULL)
    gtk_popover_set_pointing_to (GTK_POPOVER (menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

/* @label without its mnemonic: "_Back" → "Back", and the Japanese form
 * "戻る(_B)" → "戻る". A doubled underscore stands for itself. */
char *
mado_page_parts_strip_mnemonic (const char *label)
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

/* A button with a mnemonic, named for screen readers by its words alone. */
GtkWidget *
mado_page_parts_text_button_new (const char *label,
                                 const char *action_name,
                                 const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  mado_a11y_name_by_label (button);
  if (action_name != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  return button;
}

/* A label that is read, not focused: selectable labels would each take a
 * stop in the keyboard's way through a form or a list of answers. */
GtkWidget *
mado_page_parts_plain_label (const char *text,
                             const char *css_class)
{
  GtkWidget *label = mado_page_parts_text_label (text, css_class);

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  return label;
}

/* One line of a sidebar row: wrapped to two lines at most (the whole text is
 * on the page), and bounded in width, since a wrapped label asks for its
 * whole text on one line and would widen the sidebar. */
GtkWidget *
mado_page_parts_row_label_new (const char *text,
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
mado_page_parts_items_new (const char * const *items,
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
      gtk_grid_attach (GTK_GRID (grid), mado_page_parts_text_label (items[i], NULL), 1, (int) i, 1, 1);
    }
  return grid;
}

GtkWidget *
mado_page_parts_boxed_list_new (const char *accessible_label)
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
mado_page_parts_action_row_new (const char *title,
                                const char *subtitle,
                                const char *icon_name,
                                const char *action_name,
                                GVariant   *target)
{
  GtkWidget *row = mado_row_new (title, subtitle);

  if (icon_name != NULL)
    mado_row_add_suffix (MADO_ROW (row), mado_page_parts_decorative_icon_new (icon_name));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  mado_page_parts_set_accessible_label (row, title);
  return row;
}

/* A row that jumps to another section through win.show-section. */
GtkWidget *
mado_page_parts_section_link_row_new (MadoSection *target,
                                      const char  *subtitle)
{
  g_autofree char *title = mado_section_get_check (target) != NULL
    ? g_strdup_printf ("%s  %s", mado_section_get_check (target), mado_section_get_title (target))
    : g_strdup (mado_section_get_title (target));

  return mado_page_parts_action_row_new (title, subtitle, "mado-go-next-symbolic", "win.show-section",
                                         g_variant_new_string (mado_section_get_id (target)));
}

/* The mark on a number or address nobody could confirm: a word, not only a
 * colour, and its reason in the tooltip. */
GtkWidget *
mado_page_parts_unconfirmed_tag_new (const char *reason)
{
  /* Translators: a short tag beside a phone number or address that could not be confirmed. */
  GtkWidget *tag = gtk_label_new (C_("status", "Unconfirmed"));

  gtk_widget_add_css_class (tag, "unconfirmed-tag");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (tag, reason);
  return tag;
}
