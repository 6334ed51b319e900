/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The contact card leads with how to reach the desk: the first keyboard stop
 * is its first confirmed number; an unconfirmed number is tagged, described
 * as such and listed last; a doubt sits on the number or link it concerns;
 * body text is never a keyboard stop; sources and changes are folded away.
 *
 * With MADO_SHOTS_DIR set it also writes screenshots of three cards (the
 * first on CHECK4-09, the police station's, JPCERT/CC's) at 1200×800 and
 * 400×760 in the language of MADO_TEST_LANGUAGE (default English). */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mado-address-row.h"
#include "mado-block.h"
#include "mado-contact-card.h"
#include "mado-phone-row.h"
#include "mado-section-page.h"
#include "mado-test-utils.h"

static MadoApplication *app;

static MadoContact *
bundled_contact (const char *id)
{
  MadoContact *contact = mado_dataset_lookup_contact (mado_application_get_dataset (app), id);

  g_assert_nonnull (contact);
  return contact;
}

static char *last_copied;

static void
copy_text_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  g_free (last_copied);
  last_copied = g_variant_dup_string (parameter, NULL);
}

/* The card in a mapped window, under a button that stands for what comes
 * before it on a page. The window has the actions of MadoWindow the rows
 * use (without them a row is insensitive); copying is recorded. */
static GtkWidget *
card_window_new (MadoContact  *contact,
                 GtkWidget   **card)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *before = gtk_button_new_with_label ("before");
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { .name = "copy-text", .activate = copy_text_cb, .parameter_type = "s" },
    { .name = "open-uri", .activate = copy_text_cb, .parameter_type = "s" },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (actions));

  *card = mado_contact_card_new (contact);
  gtk_box_append (GTK_BOX (box), before);
  gtk_box_append (GTK_BOX (box), *card);
  g_object_set_data (G_OBJECT (window), "before", before);
  /* Scrolled, as on a page: a card with many numbers is taller than the
   * window, and GTK 4.18 warns when a window is measured below the height
   * its child needs. */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_window_present (GTK_WINDOW (window));
  mado_test_iterate (50);
  /* Only a mapped widget takes the focus, and a loaded machine can take
   * longer than that to map it (GTK 4.18 in flatpak-builder: the first
   * phone row missed the focus in 2 of 8 runs). At most 10 s. */
  for (guint i = 0; i < 200 && !(gtk_widget_get_mapped (*card) && gtk_widget_get_height (*card) > 0); i++)
    mado_test_iterate (50);
  g_assert_true (gtk_widget_get_mapped (*card));
  return window;
}

/* Where one Tab from above the card lands. */
static GtkWidget *
first_focus (GtkWidget *window)
{
  g_assert_true (gtk_widget_grab_focus (g_object_get_data (G_OBJECT (window), "before")));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  return gtk_root_get_focus (GTK_ROOT (window));
}

static GtkListBox *
reach_list (GtkWidget *card)
{
  GtkWidget *list = mado_test_find_widget (card, GTK_TYPE_LIST_BOX, NULL);

  g_assert_nonnull (list);
  return GTK_LIST_BOX (list);
}

static gboolean
tag_shown (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = mado_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "unconfirmed-tag") &&
        gtk_widget_get_visible (labels->pdata[i]))
      return TRUE;
  return FALSE;
}

static void
test_first_stop_is_confirmed_number (void)
{
  GtkWidget *card;
  GtkWidget *window = card_window_new (bundled_contact ("jpcert-cc"), &card);
  GtkWidget *focus = first_focus (window);

  g_assert_true (MADO_IS_PHONE_ROW (focus));
  g_assert_cmpstr (mado_phone_row_get_copy_text (MADO_PHONE_ROW (focus)), ==, "03-6271-8901");
  g_assert_false (tag_shown (focus));

  /* Enter on it copies the number. */
  g_clear_pointer (&last_copied, g_free);
  g_signal_emit_by_name (focus, "activate");
  g_assert_cmpstr (last_copied, ==, "03-6271-8901");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The fixture's desk-b lists an unconfirmed number before #9110: the card
 * does not. */
static void
test_unconfirmed_number_never_first (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, "en", &error);
  GtkWidget *card, *window, *focus;
  GtkListBoxRow *last;

  g_assert_no_error (error);
  window = card_window_new (mado_dataset_lookup_contact (dataset, "desk-b"), &card);
  focus = first_focus (window);
  g_assert_true (MADO_IS_PHONE_ROW (focus));
  g_assert_cmpstr (mado_phone_row_get_copy_text (MADO_PHONE_ROW (focus)), ==, "#9110");

  last = gtk_list_box_get_row_at_index (reach_list (card), 1);
  g_assert_true (MADO_IS_PHONE_ROW (last));
  g_assert_cmpstr (mado_phone_row_get_copy_text (MADO_PHONE_ROW (last)), ==, "03-0000-0009");
  g_assert_true (tag_shown (GTK_WIDGET (last)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (last), "unconfirmed"));
  gtk_test_accessible_assert_property (last, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Unconfirmed: Not known to answer");
  gtk_test_accessible_assert_property (last, GTK_ACCESSIBLE_PROPERTY_LABEL, "Copy 03-0000-0009");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* JPCERT/CC: the page's doubtful number comes after the forms and web pages,
 * tagged; the confirmed one first. J-CRAT, whose only number is doubtful,
 * leads with its web page. */
static void
test_unconfirmed_number_marked (void)
{
  MadoContact *jpcert = bundled_contact ("jpcert-cc");
  GtkWidget *card, *window = card_window_new (jpcert, &card);
  GtkListBox *list = reach_list (card);
  GListModel *links = mado_contact_get_links (jpcert);
  guint n_rows = 2 + g_list_model_get_n_items (links);
  GtkListBoxRow *doubtful = gtk_list_box_get_row_at_index (list, n_rows - 1);
  g_autoptr(MadoPhone) phone = g_list_model_get_item (mado_contact_get_phones (jpcert), 1);
  g_autofree char *description = NULL;

  g_assert_null (gtk_list_box_get_row_at_index (list, n_rows));
  g_assert_true (MADO_IS_PHONE_ROW (doubtful));
  g_assert_cmpstr (mado_phone_row_get_copy_text (MADO_PHONE_ROW (doubtful)), ==, "03-6811-0610");
  g_assert_true (tag_shown (GTK_WIDGET (doubtful)));
  description = g_strdup_printf ("Unconfirmed: %s", mado_phone_get_change (phone));
  gtk_test_accessible_assert_property (doubtful, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_false (tag_shown (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
  gtk_window_destroy (GTK_WINDOW (window));

  window = card_window_new (bundled_contact ("ipa-jcrat"), &card);
  g_assert_true (MADO_IS_ADDRESS_ROW (first_focus (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The police card's doubt is about one old link: that link is tagged, the
 * switchboard number and the current list of stations are not. */
static void
test_warning_on_its_link (void)
{
  GtkWidget *card, *window = card_window_new (bundled_contact ("mpd-police-station"), &card);
  GtkListBox *list = reach_list (card);
  GtkWidget *phone = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  GtkWidget *current = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));
  GtkWidget *old = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2));

  g_assert_true (MADO_IS_PHONE_ROW (phone));
  g_assert_false (tag_shown (phone));
  g_assert_false (tag_shown (current));
  g_assert_cmpstr (mado_address_row_get_uri (MADO_ADDRESS_ROW (old)), ==,
                   "https://www.keishicho.metro.tokyo.jp/about_mpd/shokai/ichiran/kensaku/index.html");
  g_assert_true (tag_shown (old));
  g_assert_true (gtk_widget_has_css_class (old, "unconfirmed"));
  g_assert_true (first_focus (window) == phone);

  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
text_outside (GtkWidget *root,
              GtkWidget *skip)
{
  GString *text = g_string_new (NULL);

  if (root == skip)
    return g_string_free (text, FALSE);
  if (GTK_IS_LABEL (root))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *part = text_outside (child, skip);
      g_string_append (text, part);
    }
  return g_string_free (text, FALSE);
}

/* What changed and where it comes from is in one folded expander, and only
 * there: the card above it is about reaching the desk. */
static void
test_sources_folded (void)
{
  MadoContact *jpcert = bundled_contact ("jpcert-cc");
  g_autoptr(MadoPhone) phone = g_list_model_get_item (mado_contact_get_phones (jpcert), 1);
  GtkWidget *card, *window = card_window_new (jpcert, &card);
  GtkWidget *expander = mado_test_find_widget (card, GTK_TYPE_EXPANDER, "Sources and changes");
  g_autofree char *inside = NULL;
  g_autofree char *outside = NULL;

  gtk_test_accessible_assert_role (card, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       mado_contact_get_organisation (jpcert));
  g_assert_nonnull (expander);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  inside = mado_test_collect_text (gtk_expander_get_child (GTK_EXPANDER (expander)));
  g_assert_nonnull (strstr (inside, mado_contact_get_change (jpcert)));
  g_assert_nonnull (strstr (inside, mado_contact_get_source (jpcert)));
  g_assert_nonnull (strstr (inside, mado_phone_get_change (phone)));

  outside = text_outside (card, expander);
  g_assert_null (strstr (outside, mado_contact_get_change (jpcert)));
  g_assert_null (strstr (outside, mado_contact_get_source (jpcert)));
  g_assert_nonnull (strstr (outside, mado_contact_get_handles (jpcert)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab from the top of a whole page to its end: no stop is a label, yet the
 * labels can still be selected with the mouse. */
static void
test_body_text_not_a_stop (void)
{
  MadoWindow *window = mado_window_new (app);
  GtkWidget *page;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n_selectable = 0, n_rows = 0;

  /* Wide, so that the page is beside the sidebar, not folded away. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  mado_test_iterate (50);
  g_assert_true (mado_window_show_section (window, "check4-09"));
  mado_test_iterate (50);
  page = mado_window_get_page (window);
  mado_section_page_complete (MADO_SECTION_PAGE (page));
  mado_test_iterate (50);

  labels = mado_test_find_all (page, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_label_get_selectable (labels->pdata[i]))
      {
        n_selectable++;
        g_assert_false (gtk_widget_get_focusable (labels->pdata[i]));
      }
  g_assert_cmpuint (n_selectable, >, 10);

  /* From the top of the page to where the focus leaves it, as Tab goes. */
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  g_assert_true (gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus == NULL || !gtk_widget_is_ancestor (focus, page) || g_hash_table_contains (seen, focus))
        break;
      if (GTK_IS_LABEL (focus))
        g_error ("the label “%s” takes the focus", gtk_label_get_text (GTK_LABEL (focus)));
      g_hash_table_add (seen, focus);
      n_rows += MADO_IS_PHONE_ROW (focus);
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        break;
    }
  /* The walk went through the page's cards, not only the sidebar. */
  g_assert_cmpuint (n_rows, >, 0);

  mado_test_destroy_window (window);
}

/* The row a result reuses for its other desks: a caption above the number,
 * whether it answers now, and the desk's hours when the number gives none. */
static void
test_phone_row_caption (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, "en", &error);
  MadoContact *desk_b;
  g_autoptr(MadoPhone) hotline = NULL;
  GtkWidget *row;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  desk_b = mado_dataset_lookup_contact (dataset, "desk-b");
  hotline = g_list_model_get_item (mado_contact_get_phones (desk_b), 1);
  row = g_object_ref_sink (mado_phone_row_new (hotline, "2. Desk B", "Around the clock"));
  text = mado_test_collect_text (row);
  g_assert_cmpstr (text, ==, "2. Desk B\n#9110\nOpen 24 hours\nAround the clock\n");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Open 24 hours. Around the clock");
  g_assert_true (mado_phone_row_get_phone (MADO_PHONE_ROW (row)) == hotline);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, "Copy #9110");
  g_assert_finalize_object (row);
}

/* Screenshots of a card on its page, scrolled to the top of the view. */
static void
save_window (MadoWindow *window,
             const char *path)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (content);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (content), height = gtk_widget_get_height (content);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
scroll_to (GtkWidget *card)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (card, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (card, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
}

static void
shoot (const char *dir,
       const char *language,
       const char *size,
       int         width,
       int         height,
       const char *section_id,
       const char *contact_id)
{
  MadoWindow *window = mado_window_new (app);
  g_autofree char *name = g_strdup_printf ("%s-%s-card-%s.png", language, size, contact_id);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GtkWidget *page, *card;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  mado_test_iterate (100);
  g_assert_true (mado_window_show_section (window, section_id));
  mado_test_iterate (100);
  adw_leaflet_navigate (ADW_LEAFLET (mado_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL)),
                        ADW_NAVIGATION_DIRECTION_FORWARD);
  page = mado_window_get_page (window);
  mado_section_page_complete (MADO_SECTION_PAGE (page));
  mado_test_iterate (200);
  card = mado_section_page_find_card (MADO_SECTION_PAGE (page), contact_id);
  scroll_to (card);
  mado_test_iterate (200);
  save_window (window, path);
  g_test_message ("wrote %s", path);

  /* And once with its sources unfolded. */
  gtk_expander_set_expanded (GTK_EXPANDER (mado_test_find_widget (card, GTK_TYPE_EXPANDER, NULL)), TRUE);
  mado_test_iterate (200);
  g_free (path);
  path = g_strdup_printf ("%s/%s-%s-card-%s-sources.png", dir, language, size, contact_id);
  save_window (window, path);
  mado_test_destroy_window (window);
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("MADO_SHOTS_DIR");
  const char *language = g_getenv ("MADO_TEST_LANGUAGE");
  g_autoptr(GPtrArray) cards = NULL;
  MadoSection *section = mado_dataset_lookup_section (mado_application_get_dataset (app), "check4-09");
  g_autoptr(MadoBlock) block = NULL;
  const char *first_on_check4_09 = NULL;
  GListModel *blocks = mado_section_get_blocks (section);

  if (dir == NULL)
    {
      g_test_skip ("MADO_SHOTS_DIR is not set");
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (blocks) && first_on_check4_09 == NULL; i++)
    {
      g_autoptr(MadoBlock) item = g_list_model_get_item (blocks, i);
      if (mado_block_get_kind (item) == MADO_BLOCK_KIND_CONTACT)
        first_on_check4_09 = mado_contact_get_id (mado_block_get_contact (item));
    }

  g_mkdir_with_parents (dir, 0755);
  for (guint i = 0; i < 2; i++)
    {
      const char *size = i == 0 ? "wide" : "narrow";
      int width = i == 0 ? 1200 : 400, height = i == 0 ? 800 : 760;

      const char *lang = language != NULL ? language : "en";

      shoot (dir, lang, size, width, height, "check4-09", first_on_check4_09);
      shoot (dir, lang, size, width, height, "check3-03", "mpd-police-station");
      shoot (dir, lang, size, width, height, "check4-07", "jpcert-cc");
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("MADO_TEST_LANGUAGE");

  g_setenv ("LANGUAGE", language != NULL ? language : "en", TRUE);
  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/card/first-stop-is-confirmed-number", test_first_stop_is_confirmed_number);
  g_test_add_func ("/card/unconfirmed-number-never-first", test_unconfirmed_number_never_first);
  g_test_add_func ("/card/unconfirmed-number-marked", test_unconfirmed_number_marked);
  g_test_add_func ("/card/warning-on-its-link", test_warning_on_its_link);
  g_test_add_func ("/card/sources-folded", test_sources_folded);
  g_test_add_func ("/card/body-text-not-a-stop", test_body_text_not_a_stop);
  g_test_add_func ("/card/phone-row-caption", test_phone_row_caption);
  g_test_add_func ("/card/screenshots", test_screenshots);

  return g_test_run ();
}
