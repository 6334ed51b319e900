/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Open now" on screen: a phone row's words change when the injected clock
 * crosses the closing time, and the minute timer exists only while a row
 * with weekly hours is mapped. The numbers are tests/fixtures/minimal.json's
 * (desk A: weekdays until 17:15; desk B's #9110: 24 hours). */
#include "config.h"

#include "mado-clock.h"
#include "mado-dataset.h"
#include "mado-phone-row.h"
#include "mado-test-utils.h"

static MadoPhone *
fixture_phone (guint contact,
               guint index)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, "en", &error);
  g_autoptr(MadoContact) desk = NULL;

  g_assert_no_error (error);
  desk = g_list_model_get_item (mado_dataset_get_contacts (dataset), contact);
  return g_list_model_get_item (mado_contact_get_phones (desk), index);
}

static void
set_time (const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (now);
  mado_clock_set_now (mado_clock_get_default (), now);
}

/* Waits, a bounded number of times, for @widget to be mapped or not. */
static void
wait_mapped (GtkWidget *widget,
             gboolean   mapped)
{
  for (guint i = 0; i < 500 && gtk_widget_get_mapped (widget) != mapped; i++)
    mado_test_iterate (10);
  g_assert_cmpint (gtk_widget_get_mapped (widget), ==, mapped);
}

/* The colour follows the words: one label of @row carries @css_class. */
static gboolean
has_label_with_class (GtkWidget  *row,
                      const char *css_class)
{
  g_autoptr(GPtrArray) labels = mado_test_find_all (row, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], css_class))
      return TRUE;
  return FALSE;
}

static GtkWidget *
window_with (GtkWidget *row)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  return window;
}

static void
test_label_crosses_closing (void)
{
  MadoClock *clock = mado_clock_get_default ();
  g_autoptr(MadoPhone) phone = fixture_phone (0, 0);
  GtkWidget *row, *window;

  set_time ("2026-12-02T17:14:00+09:00");
  row = mado_phone_row_new (phone, NULL, NULL);
  window = window_with (row);
  g_assert_false (mado_clock_has_timer (clock));

  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (row, TRUE);
  g_assert_true (mado_clock_has_timer (clock));
  g_assert_cmpstr (mado_phone_row_get_open_text (MADO_PHONE_ROW (row)), ==, "Open until 17:15");
  g_assert_true (has_label_with_class (row, "open-now"));
  g_assert_false (has_label_with_class (row, "closed-now"));

  /* The minute turns: 17:15, closed. */
  set_time ("2026-12-02T17:15:00+09:00");
  g_assert_cmpstr (mado_phone_row_get_open_text (MADO_PHONE_ROW (row)), ==, "Closed, opens tomorrow 9:00");
  g_assert_true (has_label_with_class (row, "closed-now"));
  g_assert_false (has_label_with_class (row, "open-now"));

  /* Hidden: no timer, and no update while nobody sees it... */
  gtk_widget_set_visible (window, FALSE);
  wait_mapped (row, FALSE);
  g_assert_false (mado_clock_has_timer (clock));
  set_time ("2026-12-03T09:00:00+09:00");
  g_assert_cmpstr (mado_phone_row_get_open_text (MADO_PHONE_ROW (row)), ==, "Closed, opens tomorrow 9:00");

  /* ...but shown again, it says what holds now. */
  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (row, TRUE);
  g_assert_true (mado_clock_has_timer (clock));
  g_assert_cmpstr (mado_phone_row_get_open_text (MADO_PHONE_ROW (row)), ==, "Open until 12:00");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_false (mado_clock_has_timer (clock));
}

/* Two rows with weekly hours share the one timer; a 24-hour number needs
 * none. */
static void
test_one_timer (void)
{
  MadoClock *clock = mado_clock_get_default ();
  g_autoptr(MadoPhone) weekly = fixture_phone (0, 0);
  g_autoptr(MadoPhone) always = fixture_phone (1, 1);
  GtkWidget *first = mado_phone_row_new (weekly, NULL, NULL);
  GtkWidget *second = mado_phone_row_new (weekly, NULL, NULL);
  GtkWidget *round_the_clock = mado_phone_row_new (always, NULL, NULL);
  GtkWidget *window = window_with (round_the_clock);

  set_time ("2026-12-04T18:30:00+09:00");
  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (round_the_clock, TRUE);
  g_assert_cmpstr (mado_phone_row_get_open_text (MADO_PHONE_ROW (round_the_clock)), ==, "Open 24 hours");
  g_assert_false (mado_clock_has_timer (clock));

  gtk_list_box_append (GTK_LIST_BOX (gtk_window_get_child (GTK_WINDOW (window))), first);
  gtk_list_box_append (GTK_LIST_BOX (gtk_window_get_child (GTK_WINDOW (window))), second);
  wait_mapped (second, TRUE);
  g_assert_true (mado_clock_has_timer (clock));
  g_assert_cmpstr (mado_phone_row_get_open_text (MADO_PHONE_ROW (first)), ==, "Closed, opens tomorrow 10:00");

  /* One row removed: the other still holds the clock. */
  gtk_list_box_remove (GTK_LIST_BOX (gtk_window_get_child (GTK_WINDOW (window))), first);
  g_assert_true (mado_clock_has_timer (clock));
  gtk_list_box_remove (GTK_LIST_BOX (gtk_window_get_child (GTK_WINDOW (window))), second);
  g_assert_false (mado_clock_has_timer (clock));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);

  g_test_add_func ("/open-now/label-crosses-closing", test_label_crosses_closing);
  g_test_add_func ("/open-now/one-timer", test_one_timer);

  return g_test_run ();
}
