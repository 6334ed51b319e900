/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Japanese titles break between phrases: at every width from very narrow to
 * wide, no line of a title starts inside one of its phrases (so never inside
 * セキュリティ or ランサムウェア), while the same text without the phrases
 * does break inside words; no title asks for more than a narrow window's
 * width; and in the real window at 400 px the section title and the sidebar
 * keep their words whole. */
#include <json-glib/json-glib.h>

#include "mado-phrased-label.h"
#include "mado-section-page.h"
#include "mado-test-utils.h"

#define PHRASES_RESOURCE "/io/github/madoguchi/Madoguchi/dataset/ja-phrases.json"

/* Wider than this a title-1 does not fit a 400 px window (the page's
 * margins and the scrollbar take the rest). */
#define NARROW_CONTENT_WIDTH 336

static const char * const words[] = { "セキュリティ", "ランサムウェア", "サイバー", "インシデント" };

static void
add_entries (GPtrArray  *entries,
             JsonObject *root,
             const char *member)
{
  JsonArray *array = json_object_get_array_member (root, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonArray *phrases = json_array_get_array_element (array, i);
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint j = 0; j < json_array_get_length (phrases); j++)
        g_strv_builder_add (builder, json_array_get_string_element (phrases, j));
      g_ptr_array_add (entries, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }
}

/* Every entry of the bundled file (the dataset's and the interface's), as
 * its list of phrases. */
static GPtrArray *
bundled_entries (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (PHRASES_RESOURCE, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  JsonObject *root;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             (gssize) g_bytes_get_size (bytes), NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  add_entries (entries, root, "phrases");
  add_entries (entries, root, "interface");
  return entries;
}

static GtkWidget *
title_label (GtkWidget  *box,
             const char *text)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "title-1");
  mado_label_set_phrased_text (GTK_LABEL (label), text);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* Whether a line of @layout starts strictly inside [start, end). */
static gboolean
line_starts_inside (PangoLayout *layout,
                    int          start,
                    int          end)
{
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      int line_start = ((PangoLayoutLine *) l->data)->start_index;

      if (line_start > start && line_start < end)
        return TRUE;
    }
  return FALSE;
}

/* Counts, over widths from 80 to 480 px, the lines that start inside one of
 * @words in @text. */
static guint
splits_inside_words (PangoLayout *layout,
                     const char  *text)
{
  guint splits = 0;

  for (int width = 80; width <= 480; width += 8)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        for (const char *at = strstr (text, words[w]); at != NULL; at = strstr (at + 1, words[w]))
          splits += line_starts_inside (layout, (int) (at - text),
                                        (int) (at - text + strlen (words[w])));
    }
  return splits;
}

static void
test_words_kept (void)
{
  g_autoptr(GPtrArray) entries = bundled_entries ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  guint with_words = 0;
  guint splits_without = 0;

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < entries->len; i++)
    {
      char **phrases = entries->pdata[i];
      g_autofree char *text = g_strjoinv ("", phrases);
      GtkWidget *label = title_label (box, text);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, text);
      g_autoptr(PangoLayout) plain = gtk_widget_create_pango_layout (label, text);
      guint offset = 0;

      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_wrap (plain, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_attributes (layout, gtk_label_get_attributes (GTK_LABEL (label)));

      if (splits_inside_words (layout, text) != 0)
        g_error ("“%s” breaks inside a word", text);
      splits_without += splits_inside_words (plain, text);

      /* Every phrase short enough to be kept whole is kept whole. */
      for (guint p = 0; phrases[p] != NULL; offset += (guint) strlen (phrases[p]), p++)
        for (int width = 80; width <= 480 && g_utf8_strlen (phrases[p], -1) <= 12; width += 16)
          {
            pango_layout_set_width (layout, width * PANGO_SCALE);
            if (line_starts_inside (layout, (int) offset, (int) (offset + strlen (phrases[p]))))
              g_error ("“%s” breaks inside “%s” at %d px", text, phrases[p], width);
          }

      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        with_words += strstr (text, words[w]) != NULL;
      gtk_box_remove (GTK_BOX (box), label);
    }

  /* The check can fail: without the phrases, Pango does split these words. */
  g_assert_cmpuint (with_words, >=, 30);
  g_assert_cmpuint (splits_without, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A title's widest unbreakable piece is its minimum width: none may be wider
 * than a narrow window, or the window would widen. */
static void
test_fits_narrow_window (void)
{
  g_autoptr(GPtrArray) entries = bundled_entries ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *text = g_strjoinv ("", entries->pdata[i]);
      GtkWidget *label = title_label (box, text);
      int minimum;

      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > NARROW_CONTENT_WIDTH)
        g_error ("“%s” needs %d px at least", text, minimum);
      gtk_box_remove (GTK_BOX (box), label);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shown label of @text that wraps (the header bar's title, which
 * ellipsizes, shows the same text). */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = mado_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0
        && gtk_widget_get_mapped (labels->pdata[i]) && gtk_label_get_wrap (labels->pdata[i]))
      return labels->pdata[i];
  g_error ("no label shows “%s”", text);
}

static void
assert_word_whole (GtkLabel   *label,
                   const char *word,
                   guint       min_lines)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text;
  const char *at;

  /* Laid out at the window's width: a busy machine, or the sanitizers, can
   * take many frames to get there (10 s at the most). */
  for (guint i = 0; i < 100 && pango_layout_get_line_count (layout) < (int) min_lines; i++)
    {
      mado_test_iterate (100);
      layout = gtk_label_get_layout (label);
    }
  text = pango_layout_get_text (layout);
  at = strstr (text, word);
  g_assert_nonnull (at);
  g_assert_cmpint (pango_layout_get_line_count (layout), >=, (int) min_lines);
  g_assert_false (line_starts_inside (layout, (int) (at - text), (int) (at - text + strlen (word))));
}

/* The real window, in Japanese, at 400 px: two sections, then the sidebar. */
static void
test_window_narrow (void)
{
  g_autoptr(MadoApplication) app = mado_test_application_new (NULL);
  MadoWindow *window = mado_window_new (app);

  /* Sized before it is shown: a resize of a mapped window without a window
   * manager is sometimes lost. */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 760);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 20 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    mado_test_iterate (100);
  mado_test_iterate (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "check4-09");
  mado_test_iterate (300);
  assert_word_whole (find_label (GTK_WIDGET (window), "その他一般的な情報セキュリティ事象の相談をしたい"),
                     "セキュリティ", 2);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "check1");
  mado_test_iterate (300);
  assert_word_whole (find_label (GTK_WIDGET (window), "今、世の中で起きているセキュリティ被害は？"),
                     "セキュリティ", 2);

  /* A narrow window starts on the home page: back to the sidebar. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  mado_test_iterate (300);
  assert_word_whole (find_label (GTK_WIDGET (window), "ウイルスに感染した（ランサムウェア、EMOTETも）"),
                     "ランサムウェア", 1);
  /* A sidebar title on two lines breaks before 相談したい, not in サービス. */
  assert_word_whole (find_label (GTK_WIDGET (window), "IT関連機器の障害、サービスでのトラブルなど、相談したい"),
                     "サービス", 2);

  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* The phrases are those of the Japanese texts. */
  g_setenv ("LANGUAGE", "ja", TRUE);
  mado_test_init (&argc, &argv);

  g_test_add_func ("/phrased-label/words-kept", test_words_kept);
  g_test_add_func ("/phrased-label/fits-narrow-window", test_fits_narrow_window);
  g_test_add_func ("/phrased-label/window-narrow", test_window_narrow);

  return g_test_run ();
}
