/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A section page on the bundled dataset: the first screen is built at once,
 * the rest after the first paint, and nothing that looks into the page ever
 * sees it half built. */
#include "config.h"

#include "mado-block.h"
#include "mado-contact-card.h"
#include "mado-link.h"
#include "mado-section-page.h"
#include "mado-section-row.h"
#include "mado-test-utils.h"

static MadoApplication *app;

static MadoSection *
section (const char *id)
{
  return mado_dataset_lookup_section (mado_application_get_dataset (app), id);
}

/* Words that only the last block of @id shows. */
static const char *
last_block_words (const char *id)
{
  GListModel *blocks = mado_section_get_blocks (section (id));
  g_autoptr(MadoBlock) last = g_list_model_get_item (blocks, g_list_model_get_n_items (blocks) - 1);
  g_autoptr(MadoLink) link = NULL;

  g_assert_cmpint (mado_block_get_kind (last), ==, MADO_BLOCK_KIND_LINKS);
  link = g_list_model_get_item (mado_block_get_links (last), 0);
  return mado_link_get_label (link);
}

static gboolean
shows (GtkWidget  *page,
       const char *words)
{
  g_autofree char *text = mado_test_collect_text (page);

  return strstr (text, words) != NULL;
}

static void
test_rest_follows_first_paint (void)
{
  MadoWindow *window = mado_test_window_new (app);
  const char *last = last_block_words ("prevent1");
  GtkWidget *page;

  mado_window_show_section (window, "prevent1");
  page = mado_window_get_page (window);
  g_assert_false (mado_section_page_is_complete (MADO_SECTION_PAGE (page)));
  g_assert_true (shows (page, mado_section_get_title (section ("prevent1"))));
  g_assert_false (shows (page, last));

  for (guint i = 0; i < 100 && !mado_section_page_is_complete (MADO_SECTION_PAGE (page)); i++)
    mado_test_iterate (20);
  g_assert_true (mado_section_page_is_complete (MADO_SECTION_PAGE (page)));
  g_assert_true (shows (page, last));

  mado_test_destroy_window (window);
}

static void
test_short_page_built_at_once (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *page;

  mado_window_show_section (window, "check4-08");
  page = mado_window_get_page (window);
  g_assert_true (mado_section_page_is_complete (MADO_SECTION_PAGE (page)));
  g_assert_nonnull (mado_section_page_find_card (MADO_SECTION_PAGE (page), "ipa-todokede"));

  mado_test_destroy_window (window);
}

/* A jump to a contact at the end of a long page finds its card at once. */
static void
test_find_card_completes (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autoptr(GPtrArray) cards = NULL;
  MadoSectionPage *page;
  GtkWidget *card;

  mado_window_show_section (window, "check4-03");
  page = MADO_SECTION_PAGE (mado_window_get_page (window));
  g_assert_false (mado_section_page_is_complete (page));

  card = mado_section_page_find_card (page, "ipa-todokede");
  g_assert_nonnull (card);
  g_assert_cmpstr (mado_contact_get_id (mado_contact_card_get_contact (MADO_CONTACT_CARD (card))),
                   ==, "ipa-todokede");
  g_assert_true (mado_section_page_is_complete (page));

  /* Nothing is built twice once the paint comes. */
  mado_test_iterate (100);
  cards = mado_test_find_all (GTK_WIDGET (page), MADO_TYPE_CONTACT_CARD);
  g_assert_cmpuint (cards->len, ==, 2);

  mado_test_destroy_window (window);
}

/* A page dropped before its first paint leaves nothing behind to run. */
static void
test_dropped_before_paint (void)
{
  MadoWindow *window = mado_test_window_new (app);

  mado_window_show_section (window, "prevent1");
  mado_window_show_section (window, "prevent2");
  mado_window_show_section (window, "check4-03");
  /* Completed after its first paint, which a loaded machine may take a
   * while to reach. */
  for (guint i = 0; i < 40 && !mado_section_page_is_complete (MADO_SECTION_PAGE (mado_window_get_page (window))); i++)
    mado_test_iterate (50);
  g_assert_true (mado_section_page_is_complete (MADO_SECTION_PAGE (mado_window_get_page (window))));

  mado_test_destroy_window (window);
}

/* Counts the app's own icons in the window and checks that each resolves
 * to one of its PNGs, never to an SVG. */
static guint
assert_own_icons_are_png (GtkWidget *window)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (window));
  g_autoptr(GPtrArray) images = mado_test_find_all (window, GTK_TYPE_IMAGE);
  guint n_own = 0;

  for (guint i = 0; i < images->len; i++)
    {
      GtkImage *image = g_ptr_array_index (images, i);
      const char *name = gtk_image_get_icon_name (image);
      g_autoptr(GtkIconPaintable) icon = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *uri = NULL;

      if (gtk_image_get_storage_type (image) != GTK_IMAGE_ICON_NAME || !g_str_has_prefix (name, "mado-"))
        continue;
      icon = gtk_icon_theme_lookup_icon (theme, name, NULL, 16, 1, GTK_TEXT_DIR_LTR, 0);
      file = gtk_icon_paintable_get_file (icon);
      g_assert_nonnull (file);
      uri = g_file_get_uri (file);
      if (!g_str_has_suffix (uri, ".png"))
        g_error ("%s comes from %s", name, uri);
      n_own++;
    }
  return n_own;
}

/* True where the platform's own icons (the window's close button, the
 * expanders' arrows) are SVG files: GNOME 48's Adwaita theme ships its
 * symbolic icons as SVG only, and GTK 4.18 draws them through librsvg
 * whatever an app does. Debian 12's has PNGs of them. */
static gboolean
platform_icons_are_svg (GtkWidget *window)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (window));
  g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, "window-close-symbolic", NULL,
                                                                 16, 1, GTK_TEXT_DIR_LTR, 0);
  g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
  g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

  return uri != NULL && g_str_has_suffix (uri, ".svg");
}

/* The app's icons come as PNGs GTK recolours (resources/icons): drawing
 * them never loads an SVG renderer, which would cost every start 7 MiB.
 * Where the platform's icons need one anyway, only the app's are judged. */
static void
test_icons_need_no_svg_renderer (void)
{
  MadoWindow *window = mado_test_window_new (app);
  const char * const sections[] = { "check1", "check2", "check3-02", "check4-03", "check4-09", "prevent1" };
  g_autofree char *maps = NULL;
  guint n_own = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      mado_window_show_section (window, sections[i]);
      mado_section_page_complete (MADO_SECTION_PAGE (mado_window_get_page (window)));
      mado_test_iterate (100);
      n_own += assert_own_icons_are_png (GTK_WIDGET (window));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-guide", NULL);
  mado_test_iterate (100);
  n_own += assert_own_icons_are_png (GTK_WIDGET (window));
  /* Phone, copy, web and mail icons on every page at least. */
  g_assert_cmpuint (n_own, >=, 3 * G_N_ELEMENTS (sections));

  if (platform_icons_are_svg (GTK_WIDGET (window)))
    {
      g_test_message ("the platform's own icons are SVG: librsvg is GTK's to load");
    }
  else
    {
      g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
      g_assert_null (strstr (maps, "librsvg"));
    }

  mado_test_destroy_window (window);
}

/* CHECK1's 2022 notices come after the current content, under a muted
 * "From 2022" line, never first: the 2026 threat list leads. */
static void
test_older_after_current (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autofree char *text = NULL;
  const char *current, *from, *emotet;
  GtkWidget *page;

  mado_window_show_section (window, "check1");
  page = mado_window_get_page (window);
  mado_section_page_complete (MADO_SECTION_PAGE (page));
  text = mado_test_collect_text (page);

  current = strstr (text, "10 Major Security Threats 2026");
  from = strstr (text, "From 2022");
  emotet = strstr (text, "Emotet damage is spreading");
  g_assert_nonnull (current);
  g_assert_nonnull (from);
  g_assert_nonnull (emotet);
  g_assert_true (current < from);
  g_assert_true (from < emotet);
  /* One line per year, not one per block. */
  g_assert_null (strstr (from + 1, "From 2022"));

  mado_test_destroy_window (window);
}

/* In a current group of links, a link whose own date is old follows the
 * others under the muted line. */
static void
test_older_link_in_current_group (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autofree char *text = NULL;
  const char *current, *from, *older;
  GtkWidget *page;

  mado_window_show_section (window, "check4-02");
  page = mado_window_get_page (window);
  mado_section_page_complete (MADO_SECTION_PAGE (page));
  text = mado_test_collect_text (page);

  current = strstr (text, "Threatening mails from your own address");
  from = strstr (text, "From 2022");
  older = strstr (text, "Beware of spam threatening to spread sexual videos");
  g_assert_nonnull (current);
  g_assert_nonnull (from);
  g_assert_nonnull (older);
  g_assert_true (current < from);
  g_assert_true (from < older);

  mado_test_destroy_window (window);
}

/* The button of @page that opens the incident sheet, or NULL. */
static GtkWidget *
sheet_button (GObject *page)
{
  g_autoptr(GPtrArray) buttons = mado_test_find_all (GTK_WIDGET (page), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      const char *action = gtk_actionable_get_action_name (g_ptr_array_index (buttons, i));

      if (g_strcmp0 (action, "win.show-sheet") == 0)
        return g_ptr_array_index (buttons, i);
    }
  return NULL;
}

/* GtkBuilder makes a page from its construct-only properties alone; without
 * a first-screen height it builds the whole page at once. Its header reads
 * as before: selectable text that is no stop for the keyboard, and CHECK2's
 * way to the incident sheet, named without its mnemonic. */
static void
test_built_by_builder (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  MadoDataset *dataset = mado_application_get_dataset (app);
  MadoSection *check2 = section ("check2");
  GObject *page;
  GtkWidget *button, *title = NULL;

  g_type_ensure (MADO_TYPE_SECTION_PAGE);
  gtk_builder_expose_object (builder, "dataset", G_OBJECT (dataset));
  gtk_builder_expose_object (builder, "check2", G_OBJECT (check2));
  gtk_builder_expose_object (builder, "check1", G_OBJECT (section ("check1")));
  gtk_builder_add_from_string (builder,
                               "<interface>"
                               "  <object class='MadoSectionPage' id='page'>"
                               "    <property name='dataset'>dataset</property>"
                               "    <property name='section'>check2</property>"
                               "  </object>"
                               "  <object class='MadoSectionPage' id='other'>"
                               "    <property name='dataset'>dataset</property>"
                               "    <property name='section'>check1</property>"
                               "  </object>"
                               "</interface>", -1, &error);
  g_assert_no_error (error);
  page = gtk_builder_get_object (builder, "page");
  g_assert_true (MADO_IS_SECTION_PAGE (page));
  g_assert_true (mado_section_page_get_section (MADO_SECTION_PAGE (page)) == check2);
  g_assert_true (mado_section_page_is_complete (MADO_SECTION_PAGE (page)));
  g_assert_true (shows (GTK_WIDGET (page), mado_section_get_summary (check2)));

  labels = mado_test_find_all (GTK_WIDGET (page), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "title-1"))
        title = label;
    }
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, mado_section_get_title (check2));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (title)));
  g_assert_false (gtk_widget_get_focusable (title));
  gtk_test_accessible_assert_property (title, GTK_ACCESSIBLE_PROPERTY_LEVEL, 1);

  button = sheet_button (page);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Fill In the Incident Sheet");

  button = sheet_button (gtk_builder_get_object (builder, "other"));
  g_assert_true (button == NULL || !gtk_widget_get_visible (button));
}

/* A sidebar row is made from its section: a sub-section shows its CHECK
 * number alone above its title, indented; a screen reader hears both. */
static void
test_section_row (void)
{
  MadoSection *sub = section ("check4-09");
  GtkWidget *row = g_object_ref_sink (mado_section_row_new (sub));
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *kicker = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (kicker);
  g_autofree char *name = g_strdup_printf ("%s %s", mado_section_get_check (sub),
                                           mado_section_get_title (sub));
  MadoSection *read_back = NULL;

  g_object_get (row, "section", &read_back, NULL);
  g_assert_true (read_back == sub);
  g_object_unref (read_back);
  g_assert_cmpuint (mado_section_get_depth (sub), >, 0);
  g_assert_cmpint (gtk_widget_get_margin_start (box), ==, 18 * (int) mado_section_get_depth (sub));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (kicker)), ==, mado_section_get_check (sub));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, mado_section_get_title (sub));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, mado_section_get_title (sub));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, name);

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/section-page/rest-follows-first-paint", test_rest_follows_first_paint);
  g_test_add_func ("/section-page/short-page-built-at-once", test_short_page_built_at_once);
  g_test_add_func ("/section-page/find-card-completes", test_find_card_completes);
  g_test_add_func ("/section-page/dropped-before-paint", test_dropped_before_paint);
  g_test_add_func ("/section-page/icons-need-no-svg-renderer", test_icons_need_no_svg_renderer);
  g_test_add_func ("/section-page/older-after-current", test_older_after_current);
  g_test_add_func ("/section-page/older-link-in-current-group", test_older_link_in_current_group);
  g_test_add_func ("/section-page/built-by-builder", test_built_by_builder);
  g_test_add_func ("/section-page/section-row", test_section_row);

  return g_test_run ();
}
