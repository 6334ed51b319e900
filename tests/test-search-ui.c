/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Search in the real window on the bundled dataset: type, see the results
 * grouped, open one and find its card in view and focused, open a guide
 * result, see the list change in place as the query grows, get the empty
 * state, close the search and find the section list as it was. */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-contact-card.h"
#include "mado-guide-page.h"
#include "mado-search-list.h"
#include "mado-section-page.h"
#include "mado-test-utils.h"

static MadoApplication *app;

static MadoSearchList *
search_list (MadoWindow *window)
{
  return MADO_SEARCH_LIST (mado_test_find_widget (GTK_WIDGET (window), MADO_TYPE_SEARCH_LIST, NULL));
}

static GtkStack *
sidebar_stack (MadoWindow *window)
{
  GtkWidget *list = GTK_WIDGET (search_list (window));

  while (list != NULL && !GTK_IS_STACK (list))
    list = gtk_widget_get_parent (list);
  return GTK_STACK (list);
}

static guint
row_count (MadoWindow *window)
{
  GtkListBox *list = mado_search_list_get_list_box (search_list (window));
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static void
type_query (MadoWindow *window,
            const char *query)
{
  GtkWidget *entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  /* GtkSearchEntry waits 150 ms before it says the text changed, which a
   * busy machine can stretch past any fixed wait: say it now (the entry's
   * own signal later finds the same text). The rows below the first screen
   * come a few at a time after that. */
  g_signal_emit_by_name (entry, "search-changed");
  mado_test_iterate (300);
  for (int i = 0; i < 100 && row_count (window) < mado_search_list_get_n_results (search_list (window)); i++)
    mado_test_iterate (50);
  g_assert_cmpuint (row_count (window), ==, mado_search_list_get_n_results (search_list (window)));
}

static const char *
page_section_id (MadoWindow *window)
{
  return mado_section_get_id (mado_section_page_get_section (MADO_SECTION_PAGE (mado_window_get_page (window))));
}

static void
test_find_by_number (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkListBox *list;
  GtkListBoxRow *first;
  GtkWidget *card;

  type_query (window, "0570003110");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (window)), ==, "search");
  g_assert_cmpuint (mado_search_list_get_n_results (search_list (window)), >=, 1);

  list = mado_search_list_get_list_box (search_list (window));
  first = gtk_list_box_get_row_at_index (list, 0);
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "法務省 人権擁護局 みんなの人権110番");
  g_signal_emit_by_name (first, "activate");
  mado_test_iterate (100);

  /* Its section is shown and its card marked. */
  g_assert_cmpstr (page_section_id (window), ==, "check3-03");
  card = mado_section_page_find_card (MADO_SECTION_PAGE (mado_window_get_page (window)), "moj-jinken110");
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_has_css_class (card, "highlight"));

  mado_test_destroy_window (window);
}

/* The number of a contact whose card is on several pages opens the page it
 * belongs to, not the first that shows it, and focuses the card. */
static void
test_number_opens_home (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkListBoxRow *first;
  GtkWidget *card;
  GtkWidget *focus;

  type_query (window, "03-5805-1731");
  first = gtk_list_box_get_row_at_index (mado_search_list_get_list_box (search_list (window)), 0);
  g_assert_nonnull (first);
  g_signal_emit_by_name (first, "activate");
  mado_test_iterate (100);

  g_assert_cmpstr (page_section_id (window), ==, "check4-10");
  card = mado_section_page_find_card (MADO_SECTION_PAGE (mado_window_get_page (window)), "mpd-cyber");
  g_assert_nonnull (card);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, card));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));

  mado_test_destroy_window (window);
}

/* "110" opens the emergency situation of the guide, walked to as the
 * questions would have led there. */
static void
test_emergency_first (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkListBoxRow *first;
  GtkWidget *page;

  type_query (window, "110");
  first = gtk_list_box_get_row_at_index (mado_search_list_get_list_box (search_list (window)), 0);
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "命・安全・お金に差し迫った危険、または進行中の犯罪");
  g_signal_emit_by_name (first, "activate");
  mado_test_iterate (100);

  page = mado_window_get_page (window);
  g_assert_true (MADO_IS_GUIDE_PAGE (page));
  g_assert_cmpstr (mado_guide_node_get_id (mado_guide_walk_get_current (mado_guide_page_get_walk (MADO_GUIDE_PAGE (page)))),
                   ==, "r-emergency");

  mado_test_destroy_window (window);
}

static GPtrArray *
row_list (GtkListBox *list)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    g_ptr_array_add (rows, gtk_list_box_get_row_at_index (list, i));
  return rows;
}

/* A longer query keeps the rows that still show the same, and the list says
 * what a list built afresh would. */
static void
test_update_in_place (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkListBox *list = mado_search_list_get_list_box (search_list (window));
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GListModel) expected = NULL;
  guint kept = 0;

  type_query (window, "IPA");
  before = row_list (list);
  g_assert_cmpuint (before->len, >, 5);
  type_query (window, "IPA 相談");
  after = row_list (list);
  g_assert_cmpuint (after->len, >, 0);
  g_assert_cmpuint (after->len, <, before->len);

  for (guint i = 0; i < after->len; i++)
    if (g_ptr_array_find (before, after->pdata[i], NULL))
      kept++;
  g_test_message ("%u rows before, %u after, %u kept", before->len, after->len, kept);
  g_assert_cmpuint (kept, >, 0);

  /* The same results as the index gives, each once. */
  expected = mado_search_index_query (mado_application_get_search_index (app), "IPA 相談");
  g_assert_cmpuint (g_list_model_get_n_items (expected), ==, after->len);
  for (guint i = 0; i < after->len; i++)
    for (guint j = i + 1; j < after->len; j++)
      g_assert_true (after->pdata[i] != after->pdata[j]);

  /* From nothing to many: the first screen at once, the rest when idle. */
  mado_search_list_set_query (search_list (window), "xyzzy");
  g_assert_cmpuint (row_count (window), ==, 0);
  mado_search_list_set_query (search_list (window), "IPA");
  g_assert_cmpuint (mado_search_list_get_n_results (search_list (window)), ==, before->len);
  g_assert_cmpuint (row_count (window), ==, 8);
  for (int i = 0; i < 100 && row_count (window) < before->len; i++)
    mado_test_iterate (50);
  g_assert_cmpuint (row_count (window), ==, before->len);

  mado_test_destroy_window (window);
}

/* As the desktop's search hands its terms over: the search opens with them
 * and lists what they find. */
static void
test_start_search (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkListBoxRow *first;

  mado_window_start_search (window, "ransomware");
  mado_test_iterate (300);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "ransomware");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (window)), ==, "search");
  first = gtk_list_box_get_row_at_index (mado_search_list_get_list_box (search_list (window)), 0);
  g_assert_nonnull (first);
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "ランサムウェアに感染した（組織）");

  mado_test_destroy_window (window);
}

static void
test_sections_before_contacts (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkListBox *list;
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();

  /* Hiragana, for katakana text, in a Japanese interface. */
  type_query (window, "ふぃっしんぐ");
  list = mado_search_list_get_list_box (search_list (window));
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkWidget *header = gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (list, i));
      if (header != NULL)
        g_ptr_array_add (headers, (gpointer) gtk_label_get_text (GTK_LABEL (header)));
    }

  g_assert_cmpuint (headers->len, ==, 3);
  g_assert_cmpstr (headers->pdata[0], ==, _("Situations"));
  g_assert_cmpstr (headers->pdata[1], ==, _("Sections"));
  g_assert_cmpstr (headers->pdata[2], ==, _("Contacts"));

  /* Enter opens the first result: a situation of the guide. */
  g_signal_emit_by_name (mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL),
                         "activate");
  mado_test_iterate (50);
  g_assert_true (MADO_IS_GUIDE_PAGE (mado_window_get_page (window)));

  mado_test_destroy_window (window);
}

static void
test_empty_and_close (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *entry;

  type_query (window, "xyzzy");
  g_assert_cmpuint (mado_search_list_get_n_results (search_list (window)), ==, 0);
  g_assert_nonnull (mado_test_find_widget (GTK_WIDGET (search_list (window)), GTK_TYPE_BUTTON,
                                           NULL));

  /* Escape: the search closes and the sections come back. */
  entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_signal_emit_by_name (entry, "stop-search");
  mado_test_iterate (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (window)), ==, "sections");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "ja", TRUE);
  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/search-ui/find-by-number", test_find_by_number);
  g_test_add_func ("/search-ui/number-opens-home", test_number_opens_home);
  g_test_add_func ("/search-ui/emergency-first", test_emergency_first);
  g_test_add_func ("/search-ui/update-in-place", test_update_in_place);
  g_test_add_func ("/search-ui/start-search", test_start_search);
  g_test_add_func ("/search-ui/sections-before-contacts", test_sections_before_contacts);
  g_test_add_func ("/search-ui/empty-and-close", test_empty_and_close);

  return g_test_run ();
}
