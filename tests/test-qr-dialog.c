/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Show on Phone" and the printed card in the app: the window's action
 * opens the dialog, whose code, rendered as the screen shows it, zbarimg
 * reads back; a phone row's and a link row's context menus offer it with
 * the right address; the print path (GtkPrintOperation, exported to a file
 * as the print dialog's "Print to File" does) writes one page with the
 * police's numbers. MADO_TEST_SHOT_DIR, when set, keeps the dialog's
 * picture there. */
#include "config.h"

#include <glib/gstdio.h>

#include "mado-address-row.h"
#include "mado-card-print.h"
#include "mado-contact.h"
#include "mado-phone-row.h"
#include "mado-qr-dialog.h"
#include "mado-test-utils.h"

/* One application for the whole process, as in the app. */
static MadoApplication *app;

static MadoQrDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (MADO_IS_QR_DIALOG (window) && gtk_widget_get_visible (window))
        return MADO_QR_DIALOG (window);
    }
  return NULL;
}

/* @widget as the screen shows it, in a PNG file. */
static void
save_png (GtkWidget  *widget,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* Its size on screen, on white as the window's background would be. */
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static char *
zbarimg (const char *path)
{
  const char *argv[] = { "zbarimg", "--quiet", "--raw", path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  return out;
}

static void
wait_for_size (GtkWidget *widget)
{
  /* Mapped and laid out (10 s at most on a busy machine). */
  for (guint i = 0; i < 100 && (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) < 100); i++)
    mado_test_iterate (100);
  g_assert_true (gtk_widget_get_mapped (widget));
}

static void
test_dialog_decodes (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autofree char *dir = g_dir_make_tmp ("qr-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "code.png", NULL);
  g_autofree char *decoded = NULL;
  MadoQrDialog *dialog;
  const char *keep = g_getenv ("MADO_TEST_SHOT_DIR");

  g_assert_null (find_dialog ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-on-phone", "(ss)",
                              "tel:%239110", "#9110");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (mado_qr_dialog_get_uri (dialog), ==, "tel:%239110");

  wait_for_size (mado_qr_dialog_get_code (dialog));
  mado_test_iterate (100);
  save_png (mado_qr_dialog_get_code (dialog), png);
  decoded = zbarimg (png);
  g_assert_cmpstr (decoded, ==, "tel:%239110\n");

  if (keep != NULL)
    {
      g_autofree char *name = g_strdup_printf ("qr-dialog-%s.png", g_getenv ("LANGUAGE"));
      g_autofree char *whole = g_build_filename (keep, name, NULL);

      save_png (gtk_window_get_child (GTK_WINDOW (dialog)), whole);
    }

  gtk_window_close (GTK_WINDOW (dialog));
  mado_test_iterate (50);
  g_assert_null (find_dialog ());
  g_unlink (png);
  g_rmdir (dir);
  mado_test_destroy_window (window);
}

/* The "Show on Phone" item of @menu: its target, or NULL without one. */
static GVariant *
show_on_phone_target (GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action)
          && g_str_equal (action, "win.show-on-phone"))
        return g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                      G_VARIANT_TYPE ("(ss)"));
    }
  return NULL;
}

static GMenuModel *
row_menu (GtkWidget *row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      return gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (child));
  return NULL;
}

/* The rows' context menus: a number's code dials it, a link's opens it. */
static void
test_row_menus (void)
{
  MadoDataset *dataset = mado_application_get_dataset (app);
  MadoContact *contact = mado_dataset_lookup_contact (dataset, "mpd-hotline-9110");
  g_autoptr(MadoPhone) phone = g_list_model_get_item (mado_contact_get_phones (contact), 0);
  g_autoptr(MadoLink) link = g_list_model_get_item (mado_contact_get_links (contact), 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *phone_row = mado_phone_row_new (phone, NULL, NULL);
  GtkWidget *address_row = mado_address_row_new_for_phone (phone);
  GtkWidget *link_row = mado_address_row_new_for_link (link);
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GVariant) target = NULL;
  const char *uri, *text;

  /* The menus pop up from rows on screen. */
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  gtk_list_box_append (GTK_LIST_BOX (list), phone_row);
  gtk_list_box_append (GTK_LIST_BOX (list), address_row);
  gtk_list_box_append (GTK_LIST_BOX (list), link_row);

  mado_phone_row_popup_menu (MADO_PHONE_ROW (phone_row));
  target = show_on_phone_target (row_menu (phone_row));
  g_assert_nonnull (target);
  g_variant_get (target, "(&s&s)", &uri, &text);
  g_assert_cmpstr (uri, ==, "tel:%239110");
  g_assert_cmpstr (text, ==, "#9110");
  g_clear_pointer (&target, g_variant_unref);

  mado_address_row_popup_menu (MADO_ADDRESS_ROW (address_row));
  target = show_on_phone_target (row_menu (address_row));
  g_assert_nonnull (target);
  g_variant_get (target, "(&s&s)", &uri, &text);
  g_assert_cmpstr (uri, ==, "tel:%239110");
  g_clear_pointer (&target, g_variant_unref);

  mado_address_row_popup_menu (MADO_ADDRESS_ROW (link_row));
  target = show_on_phone_target (row_menu (link_row));
  g_assert_nonnull (target);
  g_variant_get (target, "(&s&s)", &uri, &text);
  g_assert_cmpstr (uri, ==, mado_link_get_url (link));
  g_assert_true (g_str_has_prefix (uri, "https://"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  return out;
}

/* The print path draws what the export draws: one A4 page. */
static void
test_print_to_file (void)
{
  MadoCard *card = mado_card_new (mado_application_get_dataset (app), NULL);
  g_autoptr(GtkPrintOperation) operation = mado_card_print_operation_new (card);
  g_autofree char *dir = g_dir_make_tmp ("card-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "card.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = run ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page size: +595\\.\\d* x 841\\.\\d* pts", info, G_REGEX_MULTILINE, 0));
  text = run ((const char *[]) { "pdftotext", path, "-", NULL });
  g_assert_nonnull (strstr (text, "110"));
  g_assert_nonnull (strstr (text, "#9110"));

  g_unlink (path);
  g_rmdir (dir);
}

static GtkWindow *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog")
          && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Menu → Print Emergency Card… (app.print-card, Ctrl+P) opens the print
 * dialog over the window; closing it prints nothing and leaves no window. */
static void
test_print_dialog (void)
{
  MadoWindow *window;
  GtkWindow *dialog = NULL;

  /* In a Flatpak (the Flatpak build's tests) GTK asks the print portal,
   * whose dialog is not one of the app's windows; build-aux/flatpak checks
   * the card's drawing there through --export-card instead. */
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("inside a Flatpak the print dialog is the portal's");
      return;
    }

  window = mado_test_window_new (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "print-card", NULL);
  for (guint i = 0; i < 100 && (dialog = find_print_dialog ()) == NULL; i++)
    mado_test_iterate (100);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  gtk_window_close (dialog);
  for (guint i = 0; i < 50 && find_print_dialog () != NULL; i++)
    mado_test_iterate (100);
  g_assert_null (find_print_dialog ());
  mado_test_destroy_window (window);
}

/* Only with MADO_TEST_SHOT_DIR: the dialog over the window at the sizes
 * the desk uses, as the screen shows them (ImageMagick's import). */
static void
test_screenshots (void)
{
  static const struct { const char *name; int width, height; } sizes[] = {
    { "wide", 1200, 800 },
    { "narrow", 400, 760 },
  };
  const char *dir = g_getenv ("MADO_TEST_SHOT_DIR");

  if (dir == NULL)
    {
      g_test_skip ("MADO_TEST_SHOT_DIR is not set");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      MadoWindow *window = mado_window_new (app);
      g_autofree char *name = g_strdup_printf ("qr-dialog-%s-%s.png", g_getenv ("LANGUAGE"), sizes[i].name);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *out = NULL;
      MadoQrDialog *dialog;

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i].width, sizes[i].height);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_size (GTK_WIDGET (window));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-on-phone", "(ss)",
                                  "tel:0358051731", "03-5805-1731");
      dialog = find_dialog ();
      wait_for_size (mado_qr_dialog_get_code (dialog));
      mado_test_iterate (300);
      out = run ((const char *[]) { "import", "-window", "root", "-crop",
                                    sizes[i].width == 400 ? "400x760+0+0" : "1200x800+0+0", path, NULL });
      gtk_window_destroy (GTK_WINDOW (dialog));
      mado_test_destroy_window (window);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mado_test_init (&argc, &argv);

  app = mado_test_application_new (NULL);
  g_test_add_func ("/qr-dialog/decodes", test_dialog_decodes);
  g_test_add_func ("/qr-dialog/row-menus", test_row_menus);
  g_test_add_func ("/card/print-to-file", test_print_to_file);
  g_test_add_func ("/card/print-dialog", test_print_dialog);
  g_test_add_func ("/qr-dialog/screenshots", test_screenshots);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
