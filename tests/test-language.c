/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One language on every screen. Run once with MADO_TEST_LANGUAGE=ja and once
 * with =en: the window title, the sidebar and a toast are in that language,
 * and walking every section page, the guide and a search finds no text in
 * the other one. */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-about.h"
#include "mado-address-row.h"
#include "mado-phone-row.h"
#include "mado-guide-page.h"
#include "mado-section-row.h"
#include "mado-test-utils.h"

static MadoApplication *app;
static const char *language;

static gboolean
is_japanese (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xFF01 && c <= 0xFF5E) || (c >= 0x3000 && c <= 0x303F);
}

static gboolean
has_japanese (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (is_japanese (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Two or more words of Latin letters and nothing Japanese: an English
 * sentence or phrase, unless it is an address. */
static gboolean
looks_english (const char *text)
{
  g_auto(GStrv) words = NULL;
  guint english_words = 0;

  if (has_japanese (text) || strstr (text, "://") != NULL || strchr (text, '@') != NULL)
    return FALSE;

  words = g_strsplit_set (text, " \n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      guint letters = 0;
      for (const char *p = words[i]; *p; p++)
        letters += g_ascii_isalpha (*p) && g_ascii_islower (*p);
      english_words += letters >= 2;
    }
  return english_words >= 2;
}

/* Returns the lines of @text that are in the wrong language. */
static char *
wrong_language_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *wrong = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gboolean wrong_line;

      if (g_str_equal (language, "ja"))
        wrong_line = looks_english (line);
      else
        /* English text may quote a Japanese term (注意喚起); Japanese alone is wrong. */
        {
          gboolean latin = FALSE;
          for (const char *p = line; *p; p++)
            latin |= g_ascii_isalpha (*p);
          wrong_line = has_japanese (line) && !latin;
        }

      /* The Language menu names each language in itself, on purpose. */
      if (g_str_equal (line, "日本語") || g_str_equal (line, "English"))
        continue;

      if (wrong_line)
        g_string_append_printf (wrong, "  “%s”\n", line);
    }

  return g_string_free (wrong, FALSE);
}

static void
assert_one_language (GtkWidget  *root,
                     const char *where)
{
  g_autofree char *text = mado_test_collect_text (root);
  g_autofree char *wrong = wrong_language_lines (text);

  if (*wrong != '\0')
    g_error ("%s shows text that is not in “%s”:\n%s", where, language, wrong);
}

static void
test_basics (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *first = mado_test_find_widget (GTK_WIDGET (window), MADO_TYPE_SECTION_ROW, NULL);
  g_autofree char *row_text = mado_test_collect_text (GTK_WIDGET (first));
  gboolean ja = g_str_equal (language, "ja");
  MadoPhoneRow *phone;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, ja ? "窓口" : "Madoguchi");
  g_assert_nonnull (strstr (row_text, ja ? "今、世の中で起きているセキュリティ被害は？"
                                         : "What security incidents are happening right now?"));

  mado_window_show_section (window, "check4-09");
  mado_test_iterate (20);
  phone = MADO_PHONE_ROW (mado_test_find_widget (mado_window_get_page (window),
                                                 MADO_TYPE_PHONE_ROW, NULL));
  g_signal_emit_by_name (phone, "activate");
  mado_test_iterate (20);
  g_assert_cmpstr (mado_window_get_last_toast (window), ==,
                   ja ? "03-5978-7509 をコピーしました" : "Copied 03-5978-7509");

  mado_test_destroy_window (window);
}

/* The About window's facts, read from the metainfo at build time, come
 * translated: in Japanese the summary and the first paragraph of the release
 * notes are the ones the translators wrote for the metainfo. */
static void
test_about (void)
{
  g_autoptr(MadoAboutInfo) info = mado_about_info_new (&mado_about_facts);
  const char *japanese = "[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]";
  gboolean ja = g_str_equal (language, "ja");

  g_assert_true (g_regex_match_simple (japanese, info->summary, 0, 0) == ja);
  g_assert_true (g_str_has_prefix (info->release_notes, "<p>"));
  g_assert_true (g_regex_match_simple (japanese, info->release_notes, 0, 0) == ja);
  if (!ja)
    g_assert_cmpstr (info->summary, ==, mado_about_facts.summary);
}

static void
test_every_section (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GListModel *sections = mado_dataset_get_all_sections (mado_application_get_dataset (app));

  assert_one_language (GTK_WIDGET (window), "the sidebar and the first page");
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
      g_autofree char *where = g_strdup_printf ("the page %s", mado_section_get_id (section));

      g_assert_true (mado_window_show_section (window, mado_section_get_id (section)));
      mado_test_iterate (5);
      assert_one_language (GTK_WIDGET (window), where);
    }

  mado_test_destroy_window (window);
}

/* Every node of the guide, reached by walking to it. */
static void
test_guide (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GListModel *nodes = mado_dataset_get_guide_nodes (mado_application_get_dataset (app));
  MadoGuidePage *page;
  MadoGuideWalk *walk;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-guide", NULL);
  mado_test_iterate (10);
  page = MADO_GUIDE_PAGE (mado_window_get_page (window));
  walk = mado_guide_page_get_walk (page);
  assert_one_language (GTK_WIDGET (window), "the guide's first question");

  /* Each first answer, then each answer of the second question, and so on:
   * enough to show every kind of page; the texts of all nodes are checked
   * through the dataset below. */
  while (mado_guide_node_get_kind (mado_guide_walk_get_current (walk)) == MADO_GUIDE_NODE_KIND_QUESTION)
    {
      g_assert_true (mado_guide_walk_answer (walk, 1));
      mado_test_iterate (5);
      assert_one_language (GTK_WIDGET (window), mado_guide_node_get_id (mado_guide_walk_get_current (walk)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);
      const char *text = mado_guide_node_get_kind (node) == MADO_GUIDE_NODE_KIND_QUESTION
                         ? mado_guide_node_get_text (node) : mado_guide_node_get_title (node);
      g_autofree char *wrong = wrong_language_lines (text);

      if (*wrong != '\0')
        g_error ("the guide node %s is not in “%s”:\n%s", mado_guide_node_get_id (node), language, wrong);
    }

  mado_test_destroy_window (window);
}

static void
test_search (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "IPA");
  mado_test_iterate (300);
  assert_one_language (GTK_WIDGET (window), "the results of a search");

  gtk_editable_set_text (GTK_EDITABLE (entry), "xyzzy");
  mado_test_iterate (300);
  assert_one_language (GTK_WIDGET (window), "a search with no result");

  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  language = g_getenv ("MADO_TEST_LANGUAGE");
  g_assert_true (g_strcmp0 (language, "ja") == 0 || g_strcmp0 (language, "en") == 0);
  g_setenv ("LANGUAGE", language, TRUE);

  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/language/basics", test_basics);
  g_test_add_func ("/language/about", test_about);
  g_test_add_func ("/language/every-section", test_every_section);
  g_test_add_func ("/language/guide", test_guide);
  g_test_add_func ("/language/search", test_search);

  return g_test_run ();
}
