/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window, driven as a person would: pick a section, press a phone
 * row and read the clipboard back, press a link and see what would have
 * opened, try to open what must never open, fold the window. */
#include "config.h"

#include <glib/gi18n.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "mado-address-row.h"
#include "mado-phone-row.h"
#include "mado-contact-card.h"
#include "mado-guide-page.h"
#include "mado-home-page.h"
#include "mado-row.h"
#include "mado-section-page.h"
#include "mado-section-row.h"
#include "mado-test-utils.h"

/* One application for the whole run: a registered GApplication stays
 * referenced by its D-Bus exports until the shutdown that only
 * g_application_run() performs. Windows come and go per test and are
 * asserted finalized. */
static MadoApplication *app;

typedef struct
{
  MadoWindow      *window;
  GPtrArray       *launched;
  gboolean         launch_fails;
  GType            start_page_type;
  char            *start_focus_action;
} Fixture;

static void
record_launch (GtkWindow  *parent,
               const char *uri,
               GTask      *task,
               gpointer    user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->launched, g_strdup (uri));
  if (fixture->launch_fails)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "no handler");
  else
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* The memory backend keeps values between tests of one run. */
  reset_settings ();
  fixture->window = mado_test_window_new (app);
  /* The window starts at home; the tests about sections start on the first. */
  fixture->start_page_type = G_OBJECT_TYPE (mado_window_get_page (fixture->window));
  if (GTK_IS_ACTIONABLE (gtk_root_get_focus (GTK_ROOT (fixture->window))))
    fixture->start_focus_action = g_strdup (gtk_actionable_get_action_name (
      GTK_ACTIONABLE (gtk_root_get_focus (GTK_ROOT (fixture->window)))));
  g_assert_true (mado_window_show_section (fixture->window, "check1"));
  mado_test_iterate (20);
  fixture->launched = g_ptr_array_new_with_free_func (g_free);
  mado_uri_opener_set_launch_func (mado_window_get_uri_opener (fixture->window),
                                   record_launch, fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mado_test_destroy_window (fixture->window);
  g_ptr_array_unref (fixture->launched);
  g_free (fixture->start_focus_action);
}

static MadoSectionPage *
current_page (Fixture *fixture)
{
  GtkWidget *page = mado_window_get_page (fixture->window);

  g_assert_true (MADO_IS_SECTION_PAGE (page));
  return MADO_SECTION_PAGE (page);
}

static MadoAddressRow *
find_address_row (Fixture    *fixture,
                  const char *copy_text)
{
  g_autoptr(GPtrArray) rows = mado_test_find_all (GTK_WIDGET (current_page (fixture)),
                                                  MADO_TYPE_ADDRESS_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (mado_address_row_get_copy_text (rows->pdata[i]), copy_text))
      return rows->pdata[i];

  g_error ("no row for %s on the page", copy_text);
}

static MadoPhoneRow *
find_phone_row (Fixture    *fixture,
                const char *number)
{
  g_autoptr(GPtrArray) rows = mado_test_find_all (GTK_WIDGET (current_page (fixture)),
                                                  MADO_TYPE_PHONE_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (mado_phone_row_get_copy_text (rows->pdata[i]), number))
      return rows->pdata[i];

  g_error ("no phone row for %s on the page", number);
}

/* Activates @row the way a click or Enter does: through its list box. */
static void
press_row (GtkWidget *row)
{
  g_signal_emit_by_name (row, "activate");
  mado_test_iterate (20);
}

static void
test_starts_at_home (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *sidebar = mado_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_BOX,
                                              "Sections");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *focus;

  /* At start: the home page, the focus on the guide's button. */
  g_assert_true (fixture->start_page_type == MADO_TYPE_HOME_PAGE);
  g_assert_cmpstr (fixture->start_focus_action, ==, "win.show-guide");

  /* A section, then home again: Alt+Home's action. */
  text = mado_test_collect_text (GTK_WIDGET (current_page (fixture)));
  g_assert_nonnull (strstr (text, "First section"));
  g_assert_nonnull (strstr (text, "Desk A"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-home", NULL);
  mado_test_iterate (20);
  g_assert_true (MADO_IS_HOME_PAGE (mado_window_get_page (fixture->window)));
  g_assert_null (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar)));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.show-guide");

  /* The fixture names no number for home: the block is not shown, the date is.
   * The only row is the one that adds the desk's own contacts (none yet). */
  g_clear_pointer (&text, g_free);
  text = mado_test_collect_text (mado_window_get_page (fixture->window));
  g_assert_nonnull (strstr (text, "Data last checked on "));
  rows = mado_test_find_all (mado_window_get_page (fixture->window), MADO_TYPE_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (rows->pdata[0])), ==,
                   "win.show-own-contacts");
}

static void
test_select_section (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *sidebar = mado_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_BOX,
                                              "Sections");
  GtkListBoxRow *child_row;
  g_autofree char *text = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = NULL;

  g_assert_nonnull (sidebar);
  child_row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (sidebar), 1);
  gtk_test_accessible_assert_property (child_row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "CHECK1-01 Child section");
  gtk_list_box_select_row (GTK_LIST_BOX (sidebar), child_row);
  mado_test_iterate (10);

  text = mado_test_collect_text (GTK_WIDGET (current_page (fixture)));
  g_assert_nonnull (strstr (text, "Child section"));
  g_assert_nonnull (mado_section_page_find_card (current_page (fixture), "desk-b"));
  g_assert_null (mado_section_page_find_card (current_page (fixture), "desk-a"));

  /* Saved at once, so that a kill still reopens here. */
  saved = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (saved, ==, "check1-01");
}

static void
test_copy_phone (Fixture       *fixture,
                 gconstpointer  data)
{
  MadoPhoneRow *row = find_phone_row (fixture, "03-0000-0000");
  g_autofree char *clipboard = NULL;

  press_row (GTK_WIDGET (row));

  clipboard = mado_test_read_clipboard (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (clipboard, ==, "03-0000-0000");
  g_assert_cmpstr (mado_window_get_last_toast (fixture->window), ==, _("Copied 03-0000-0000"));
  g_assert_cmpuint (fixture->launched->len, ==, 0);
}

static void
test_open_link (Fixture       *fixture,
                gconstpointer  data)
{
  MadoAddressRow *row = find_address_row (fixture, "https://example.org/a");

  press_row (GTK_WIDGET (row));

  g_assert_cmpuint (fixture->launched->len, ==, 1);
  g_assert_cmpstr (fixture->launched->pdata[0], ==, "https://example.org/a");
  g_assert_null (mado_window_get_last_toast (fixture->window));
}

static void
test_copy_link_button (Fixture       *fixture,
                       gconstpointer  data)
{
  MadoAddressRow *row = find_address_row (fixture, "https://example.org/a");
  GtkWidget *button = mado_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON,
                                             "Copy https://example.org/a");
  g_autofree char *clipboard = NULL;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  mado_test_iterate (20);

  clipboard = mado_test_read_clipboard (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (clipboard, ==, "https://example.org/a");
  g_assert_cmpuint (fixture->launched->len, ==, 0);
}

static void
test_plain_http_marked (Fixture       *fixture,
                        gconstpointer  data)
{
  MadoAddressRow *plain = find_address_row (fixture, "http://example.org/plain");
  MadoAddressRow *secure = find_address_row (fixture, "https://example.org/a");

  g_assert_nonnull (mado_test_find_widget (GTK_WIDGET (plain), GTK_TYPE_IMAGE,
                                           _("Not encrypted: this page is served over plain http")));
  g_assert_null (mado_test_find_widget (GTK_WIDGET (secure), GTK_TYPE_IMAGE,
                                        _("Not encrypted: this page is served over plain http")));
}

static void
test_email (Fixture       *fixture,
            gconstpointer  data)
{
  MadoAddressRow *row = find_address_row (fixture, "desk@example.org");

  press_row (GTK_WIDGET (row));
  g_assert_cmpuint (fixture->launched->len, ==, 1);
  g_assert_cmpstr (fixture->launched->pdata[0], ==, "mailto:desk@example.org");
}

static void
test_refuse_schemes (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *refused[] = {
    "javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "ftp://example.org/",
    "smb://host/share", "https://", "mailto:", "not a uri",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-uri", "s", refused[i]);
      mado_test_iterate (10);
      g_assert_nonnull (mado_window_get_last_toast (fixture->window));
      g_assert_nonnull (strstr (mado_window_get_last_toast (fixture->window), refused[i]));
    }

  g_assert_cmpuint (fixture->launched->len, ==, 0);
}

/* Addresses that pass a scheme allow-list but read as another place (issue
 * 24): nothing reaches the system, and the toast quotes the address with its
 * invisible characters spelt out. */
static void
test_refuse_deceptive (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *refused[] = {
    "https://www.ipa.go.jp@evil.example/", "https://www.ipa.go.jp/\u202Egpj.exe",
    "https://www.ipa.go.jp/\r\nx", "https://www.ipa go.jp/",
    "https://www.\u0456\u0440\u0430.go.jp/", "HTTP://www.ipa.go.jp/",
    "mailto:desk@example.org?attach=/etc/passwd", "https://./", "http://127.0.0.1:631/",
    "http://localhost/", "https://xn--pple-43d.com/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      const char *toast;

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-uri", "s", refused[i]);
      mado_test_iterate (10);
      toast = mado_window_get_last_toast (fixture->window);
      g_assert_nonnull (toast);
      g_assert_true (strstr (toast, "ipa.go.jp") != NULL || strstr (toast, "example") != NULL
                     || strstr (toast, "xn--") != NULL || strstr (toast, "://") != NULL);
      g_assert_null (strstr (toast, "\u202E"));
      g_assert_null (strchr (toast, '\r'));
    }

  g_assert_cmpstr (mado_window_get_last_toast (fixture->window), ==,
                   _("Not opened: “https://xn--pple-43d.com/” could lead somewhere other than it reads"));
  g_assert_cmpuint (fixture->launched->len, ==, 0);
}

static void
test_open_failure_toast (Fixture       *fixture,
                         gconstpointer  data)
{
  fixture->launch_fails = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-uri", "s",
                              "https://example.org/a");
  mado_test_iterate (20);

  g_assert_cmpuint (fixture->launched->len, ==, 1);
  g_assert_cmpstr (mado_window_get_last_toast (fixture->window), ==,
                   _("Could not open the link. Copy it and open it yourself."));
}

/* Each item of a menu that is open under @root is named by its own text for
 * screen readers, on every GTK: GTK 4.18 leaves a popover menu's items
 * unnamed otherwise. Returns how many items were checked. */
static guint
assert_menu_items_named (GtkWidget *root)
{
  guint checked = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkModelButton") && gtk_widget_get_mapped (child))
        {
          GtkWidget *label = mado_test_find_widget (child, GTK_TYPE_LABEL, NULL);
          g_autofree char *failure = NULL;

          g_assert_nonnull (label);
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
          failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                        gtk_label_get_text (GTK_LABEL (label)));
          g_assert_null (failure);
          checked++;
        }
      else
        checked += assert_menu_items_named (child);
    }
  return checked;
}

/* The header's main menu, opened as a person would. */
static void
test_main_menu_named (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *button = mado_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, NULL);
  GtkPopover *popover;

  g_assert_nonnull (button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  mado_test_iterate (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  /* About, Shortcuts, the own contacts' file items, the start page…: no
   * fewer than four on the first screen of the menu. */
  g_assert_cmpuint (assert_menu_items_named (GTK_WIDGET (popover)), >=, 4);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static void
test_context_menu (Fixture       *fixture,
                   gconstpointer  data)
{
  MadoAddressRow *row = find_address_row (fixture, "https://example.org/a");
  GtkWidget *popover;
  GMenuModel *model;
  g_autoptr(GVariant) copy_target = NULL;
  g_autoptr(GVariant) open_target = NULL;
  g_autofree char *copy_action = NULL;
  g_autofree char *open_action = NULL;
  g_autofree char *show_action = NULL;
  g_autoptr(GVariant) show_target = NULL;
  g_autofree char *printed = NULL;

  gtk_widget_activate_action (GTK_WIDGET (row), "row.popup-menu", NULL);
  mado_test_iterate (20);

  popover = mado_test_find_widget (GTK_WIDGET (row), GTK_TYPE_POPOVER_MENU, NULL);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));

  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 3);
  g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_ACTION, "s", &copy_action);
  g_menu_model_get_item_attribute (model, 1, G_MENU_ATTRIBUTE_ACTION, "s", &open_action);
  copy_target = g_menu_model_get_item_attribute_value (model, 0, G_MENU_ATTRIBUTE_TARGET, NULL);
  open_target = g_menu_model_get_item_attribute_value (model, 1, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_cmpstr (copy_action, ==, "win.copy-text");
  g_assert_cmpstr (open_action, ==, "win.open-uri");
  g_assert_cmpstr (g_variant_get_string (copy_target, NULL), ==, "https://example.org/a");
  g_assert_cmpstr (g_variant_get_string (open_target, NULL), ==, "https://example.org/a");
  /* Show on Phone: the address as a QR code, written under it. */
  g_menu_model_get_item_attribute (model, 2, G_MENU_ATTRIBUTE_ACTION, "s", &show_action);
  show_target = g_menu_model_get_item_attribute_value (model, 2, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_cmpstr (show_action, ==, "win.show-on-phone");
  g_assert_cmpstr (g_variant_get_type_string (show_target), ==, "(ss)");
  printed = g_variant_print (show_target, FALSE);
  g_assert_cmpstr (printed, ==, "('https://example.org/a', 'https://example.org/a')");

  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
test_phone_menu_has_no_open (Fixture       *fixture,
                             gconstpointer  data)
{
  MadoPhoneRow *row = find_phone_row (fixture, "03-0000-0000");
  GtkWidget *popover;
  GMenuModel *model;

  mado_phone_row_popup_menu (row);
  popover = mado_test_find_widget (GTK_WIDGET (row), GTK_TYPE_POPOVER_MENU, NULL);
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  /* Copy and Show on Phone: a number has nothing to open. */
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 2);
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *action = NULL;

      g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      g_assert_cmpstr (action, !=, "win.open-uri");
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
test_section_link (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "check1-01");
  mado_test_iterate (10);
  g_assert_cmpstr (mado_section_get_id (mado_section_page_get_section (current_page (fixture))),
                   ==, "check1-01");

  /* An unknown id changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "nowhere");
  mado_test_iterate (10);
  g_assert_cmpstr (mado_section_get_id (mado_section_page_get_section (current_page (fixture))),
                   ==, "check1-01");
}

static void
test_folds_when_narrow (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *leaflet = mado_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET, NULL);
  GtkWidget *back = mado_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                           "Back to the Sections");

  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_assert_false (gtk_widget_get_visible (back));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 600);
  /* The resize takes a few frames, many more on a busy machine or under the
   * sanitizers: wait for it, for 10 s at the most. */
  for (guint i = 0; i < 100 && !adw_leaflet_get_folded (ADW_LEAFLET (leaflet)); i++)
    mado_test_iterate (100);
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_assert_true (gtk_widget_get_visible (back));

  /* Activating a row moves to its page; back returns to the list. */
  press_row (GTK_WIDGET (gtk_list_box_get_row_at_index (
    GTK_LIST_BOX (mado_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_BOX, "Sections")), 1)));
  mado_test_iterate (50);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) != gtk_widget_get_first_child (leaflet) ||
                 adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  mado_test_iterate (50);
}

/* Ctrl+? and the menu show the shortcuts window, built on first use. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (fixture->window);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                               "win.show-shortcuts");
  GtkShortcutsWindow *overlay;

  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_null (gtk_application_window_get_help_overlay (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
  mado_test_iterate (50);
  overlay = gtk_application_window_get_help_overlay (window);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  /* Closed and asked for again: the same window comes back. */
  gtk_window_close (GTK_WINDOW (overlay));
  mado_test_iterate (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
  mado_test_iterate (50);
  g_assert_true (gtk_application_window_get_help_overlay (window) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
}

static void
test_language_choice (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("ja"));
  mado_test_iterate (10);

  saved = g_settings_get_string (settings, "language");
  g_assert_cmpstr (saved, ==, "ja");
  g_assert_cmpstr (mado_window_get_last_toast (fixture->window), ==,
                   _("The new language applies from the next start"));
}

static void
test_window_state_saved (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 500);
  mado_test_iterate (50);
  gtk_window_close (GTK_WINDOW (fixture->window));
  mado_test_iterate (10);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* tear_down destroys what is left. */
  fixture->window = mado_test_window_new (app);
}

/* The window starts at home whatever the last section was; the sidebar
 * remembers it: the keyboard enters the list on its row. */
static void
test_restores_last_section (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MadoWindow *window;
  GtkWidget *sidebar;

  g_settings_set_string (settings, "last-section", "check1-01");
  window = mado_test_window_new (app);
  g_assert_true (MADO_IS_HOME_PAGE (mado_window_get_page (window)));
  sidebar = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "Sections");
  g_assert_true (gtk_widget_get_focus_child (sidebar) ==
                 GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sidebar), 1)));
  g_assert_null (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar)));
  mado_test_assert_setting (settings, "last-section", "check1-01");
  mado_test_destroy_window (window);

  /* A section that no longer exists changes nothing. */
  g_settings_set_string (settings, "last-section", "check9-99");
  window = mado_test_window_new (app);
  g_assert_true (MADO_IS_HOME_PAGE (mado_window_get_page (window)));
  mado_test_destroy_window (window);
  g_settings_reset (settings, "last-section");
}

/* The start page setting: the guide, or the last section when it still
 * exists (home otherwise); the Start Page menu writes it. */
static void
test_start_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MadoWindow *window;
  GtkWidget *page;

  g_settings_set_string (settings, "start-page", "guide");
  window = mado_test_window_new (app);
  g_assert_true (MADO_IS_GUIDE_PAGE (mado_window_get_page (window)));
  mado_test_destroy_window (window);

  g_settings_set_string (settings, "start-page", "last-section");
  g_settings_set_string (settings, "last-section", "check1-01");
  window = mado_test_window_new (app);
  page = mado_window_get_page (window);
  g_assert_true (MADO_IS_SECTION_PAGE (page));
  g_assert_cmpstr (mado_section_get_id (mado_section_page_get_section (MADO_SECTION_PAGE (page))), ==,
                   "check1-01");
  mado_test_destroy_window (window);

  /* A section gone from the data: home. */
  g_settings_set_string (settings, "last-section", "check9-99");
  window = mado_test_window_new (app);
  g_assert_true (MADO_IS_HOME_PAGE (mado_window_get_page (window)));

  /* The menu's radio items write the setting. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-page", g_variant_new_string ("home"));
  mado_test_assert_setting (settings, "start-page", "home");
  mado_test_destroy_window (window);
  g_settings_reset (settings, "last-section");
  g_settings_reset (settings, "start-page");
}

/* Writes @value for @key straight into the settings backend, past the range
 * check that g_settings_set() would make. */
static void
store_raw (const char *key,
           GVariant   *value)
{
  GSettingsBackend *backend = g_settings_backend_get_default ();
  g_autofree char *path = g_strdup_printf ("/%s/%s", APP_ID, key);

  g_strdelimit (path, ".", '/');
  g_variant_ref_sink (value);
  G_SETTINGS_BACKEND_GET_CLASS (backend)->write (backend, path, value, NULL);
  g_variant_unref (value);
  g_object_unref (backend);
}

static void
test_absurd_window_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MadoWindow *window;
  int width, height;

  /* Stored behind GSettings' back (as a hand-edited dconf database would),
   * out-of-range values read back as the defaults… */
  store_raw ("window-width", g_variant_new_int32 (-1));
  store_raw ("window-height", g_variant_new_int32 (100000));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 960);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);

  /* …and the window opens at a sane size. */
  window = mado_test_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, >=, 360);
  g_assert_cmpint (height, >=, 294);
  mado_test_destroy_window (window);
}

/* The window works on what its construct-only properties give it: the
 * application's by default, and without a dataset it says the data could
 * not be loaded and lists no section. */
static void
test_dependencies_are_properties (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autoptr(MadoDataset) dataset = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(MadoIncidentStore) store = NULL;
  GtkWidget *bare;
  GtkWidget *status;

  g_object_get (window, "dataset", &dataset, "settings", &settings, "incident-store", &store, NULL);
  g_assert_true (dataset == mado_application_get_dataset (app));
  g_assert_true (settings == mado_application_get_settings (app));
  g_assert_true (store == mado_application_get_incident_store (app));
  mado_test_destroy_window (window);

  bare = g_object_new (MADO_TYPE_WINDOW,
                       "settings", settings,
                       "incident-store", store,
                       NULL);
  g_object_ref_sink (bare);
  g_assert_null (mado_test_find_widget (bare, MADO_TYPE_SECTION_ROW, NULL));
  status = mado_test_find_widget (bare, ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "The Contact Data Could Not Be Loaded");
  gtk_window_destroy (GTK_WINDOW (bare));
  g_object_unref (bare);
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);
  app = mado_test_application_new ("minimal.json");

#define ADD(path, func) \
  g_test_add ("/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("starts-at-home", test_starts_at_home);
  ADD ("select-section", test_select_section);
  ADD ("copy-phone", test_copy_phone);
  ADD ("open-link", test_open_link);
  ADD ("copy-link-button", test_copy_link_button);
  ADD ("plain-http-marked", test_plain_http_marked);
  ADD ("email", test_email);
  ADD ("refuse-schemes", test_refuse_schemes);
  ADD ("refuse-deceptive", test_refuse_deceptive);
  ADD ("open-failure-toast", test_open_failure_toast);
  ADD ("context-menu", test_context_menu);
  ADD ("main-menu-named", test_main_menu_named);
  ADD ("phone-menu-has-no-open", test_phone_menu_has_no_open);
  ADD ("section-link", test_section_link);
  ADD ("folds-when-narrow", test_folds_when_narrow);
  ADD ("window-state-saved", test_window_state_saved);
  ADD ("language-choice", test_language_choice);
  ADD ("shortcuts-window", test_shortcuts_window);
#undef ADD
  g_test_add_func ("/window/restores-last-section", test_restores_last_section);
  g_test_add_func ("/window/absurd-window-size", test_absurd_window_size);
  g_test_add_func ("/window/start-page", test_start_page);
  g_test_add_func ("/window/dependencies-are-properties", test_dependencies_are_properties);

  return g_test_run ();
}
