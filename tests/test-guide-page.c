/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The guide in the real window, on the bundled dataset: walk mail → someone
 * entered a password → the organisation, check the number to call first, the
 * other desks and the copied summary (without the numbers nobody
 * re-verified unless asked), change an answer, start again. */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-address-row.h"
#include "mado-clock.h"
#include "mado-contact-card.h"
#include "mado-guide-page.h"
#include "mado-guide-result.h"
#include "mado-phone-row.h"
#include "mado-row.h"
#include "mado-test-utils.h"

static MadoApplication *app;

static MadoGuidePage *
show_guide (MadoWindow *window)
{
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-guide", NULL);
  mado_test_iterate (20);
  page = mado_window_get_page (window);
  g_assert_true (MADO_IS_GUIDE_PAGE (page));
  return MADO_GUIDE_PAGE (page);
}

/* Presses the answer whose label is @label, as a person would: by activating
 * its row. */
static void
press_answer (MadoGuidePage *page,
              const char    *label)
{
  GtkWidget *row = mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_ROW, label);

  if (row == NULL)
    g_error ("no answer “%s” on the page:\n%s", label,
             mado_test_collect_text (GTK_WIDGET (page)));
  g_signal_emit_by_name (row, "activate");
  mado_test_iterate (10);
}

static GPtrArray *
shown_contact_ids (MadoGuidePage *page)
{
  g_autoptr(GPtrArray) cards = mado_test_find_all (GTK_WIDGET (page), MADO_TYPE_CONTACT_CARD);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (ids, (gpointer) mado_contact_get_id (
                       mado_contact_card_get_contact (cards->pdata[i])));
  return ids;
}

static void
walk_to_phishing_damage (MadoGuidePage *page)
{
  press_answer (page, "No");
  press_answer (page, "The organisation");
  press_answer (page, "A suspicious mail or message (phishing, business email compromise, spam, a threat from your own address…)");
  press_answer (page, "Someone entered an ID or password on the linked site, or paid money");
}

static void
test_walk_to_result (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoGuidePage *page = show_guide (window);
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *result, *call;

  walk_to_phishing_damage (page);

  /* Call first: the police cyber desk's number, focused; the other desks
   * follow in the result's order. */
  result = mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_GUIDE_RESULT, NULL);
  g_assert_cmpstr (mado_guide_result_get_call_text (MADO_GUIDE_RESULT (result)), ==, "03-5805-1731");
  call = mado_guide_result_get_call_button (MADO_GUIDE_RESULT (result));
  gtk_test_accessible_assert_property (call, GTK_ACCESSIBLE_PROPERTY_LABEL, "Copy 03-5805-1731");
  ids = shown_contact_ids (page);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_cmpstr (ids->pdata[0], ==, "mpd-police-station");
  g_assert_cmpstr (ids->pdata[1], ==, "mpd-phishing110");

  text = mado_test_collect_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "Credentials were entered on the linked site, or money was paid"));
  /* The CHECK2 items to have ready come before the other desks. */
  g_assert_nonnull (strstr (text, "Have Ready When You Call"));
  g_assert_true (strstr (text, "Have Ready When You Call") < strstr (text, "Then, in This Order"));
  g_assert_true (strstr (text, "03-5805-1731") < strstr (text, "Have Ready When You Call"));

  /* The number to call first copies like every number. */
  g_signal_emit_by_name (call, "clicked");
  mado_test_iterate (20);
  g_assert_cmpstr (mado_window_get_last_toast (window), ==, "Copied 03-5805-1731");

  gtk_widget_activate_action (GTK_WIDGET (page), "guide.copy-summary", NULL);
  mado_test_iterate (20);
  g_assert_cmpstr (mado_window_get_last_toast (window), ==, "Summary copied");
  summary = mado_test_read_clipboard (GTK_WIDGET (window));
  g_assert_true (g_str_has_prefix (summary, "What happened: Credentials were entered"));
  g_assert_nonnull (strstr (summary, "- What happened? A suspicious mail or message"));
  g_assert_nonnull (strstr (summary, "Phone: 03-5805-1731"));
  /* When it was copied (the tests' moment, MADOGUCHI_NOW) and whether each
   * desk answered then. */
  g_assert_nonnull (strstr (summary, "\nCopied at 2026-12-04 18:30 JST\n"));
  g_assert_nonnull (strstr (summary, "03-5805-1731 (Cybercrime consultations, Weekdays 8:30–17:15)"
                                     " [when copied: Closed, opens Mon 8:30]\n"));
  g_assert_nonnull (strstr (summary, "https://www.antiphishing.jp/"));
  g_assert_nonnull (strstr (summary, "Have ready before calling\n- "));
  g_assert_nonnull (strstr (summary, "First steps\n1. "));

  mado_test_destroy_window (window);
}

static void
set_time (const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (now);
  mado_clock_set_now (mado_clock_get_default (), now);
}

/* While the desk to call first is closed, the result says when it opens
 * and offers the data's out-of-hours route (the police's online window);
 * open, it offers nothing else. The words follow the clock while shown. */
static void
test_call_first_closed (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoGuidePage *page = show_guide (window);
  MadoGuideResult *result;
  GtkWidget *call, *routes;
  g_autoptr(GPtrArray) rows = NULL;

  set_time ("2026-12-04T18:30:00+09:00");
  walk_to_phishing_damage (page);
  result = MADO_GUIDE_RESULT (mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_GUIDE_RESULT, NULL));
  call = mado_guide_result_get_call_button (result);
  gtk_test_accessible_assert_property (call, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Closed, opens Mon 8:30");
  routes = mado_guide_result_get_after_hours_list (result);
  g_assert_nonnull (routes);
  rows = mado_test_find_all (routes, MADO_TYPE_ADDRESS_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (mado_address_row_get_copy_text (rows->pdata[0]), ==, "https://www.npa.go.jp/bureau/cyber/soudan.html");

  /* Wednesday morning: open until 17:15, nothing else offered. */
  set_time ("2026-12-02T10:00:00+09:00");
  gtk_test_accessible_assert_property (call, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Open until 17:15");
  g_assert_null (mado_guide_result_get_after_hours_list (result));

  /* The minute it closes, the route is back. */
  set_time ("2026-12-02T17:15:00+09:00");
  gtk_test_accessible_assert_property (call, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Closed, opens tomorrow 8:30");
  g_assert_nonnull (mado_guide_result_get_after_hours_list (result));

  set_time (g_getenv ("MADOGUCHI_NOW"));
  mado_test_destroy_window (window);
}

static void
test_change_answer (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoGuidePage *page = show_guide (window);
  MadoGuideWalk *walk = mado_guide_page_get_walk (page);
  GtkWidget *change;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) expanders = NULL;

  walk_to_phishing_damage (page);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 4);

  /* Change "the organisation" to "an individual": the later answers go.
   * On a result the answers are folded: unfold them first. */
  expanders = mado_test_find_all (GTK_WIDGET (page), GTK_TYPE_EXPANDER);
  for (guint i = 0; i < expanders->len; i++)
    if (g_strcmp0 (gtk_expander_get_label (expanders->pdata[i]), "Your Answers") == 0)
      gtk_expander_set_expanded (expanders->pdata[i], TRUE);
  mado_test_iterate (10);
  change = mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_ROW,
                                  "Change the answer to: Does this concern the organisation (a company or other body) or an individual?");
  g_assert_nonnull (change);
  g_signal_emit_by_name (change, "activate");
  mado_test_iterate (10);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 1);

  press_answer (page, "An individual");
  press_answer (page, "Not sure");
  g_assert_cmpstr (mado_guide_result_get_call_text (MADO_GUIDE_RESULT (
                     mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_GUIDE_RESULT, NULL))),
                   ==, "03-5978-7509");
  ids = shown_contact_ids (page);
  g_assert_cmpstr (ids->pdata[0], ==, "mpd-hotline-9110");

  /* Back, then start again. */
  gtk_widget_activate_action (GTK_WIDGET (page), "guide.back", NULL);
  mado_test_iterate (10);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (page), "guide.restart", NULL);
  mado_test_iterate (10);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 0);

  mado_test_destroy_window (window);
}

/* A number nobody re-verified is never the one to call first, and the
 * summary leaves it out unless asked for it. */
static void
test_unconfirmed_left_out (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoGuidePage *page = show_guide (window);
  g_autofree char *summary = NULL;
  g_autofree char *all = NULL;

  press_answer (page, "No");
  press_answer (page, "The organisation");
  press_answer (page, "A warning screen, or a device acting strangely (support scam, virus, ransomware, Emotet)");
  press_answer (page, "Files won't open or are encrypted, and money is demanded (ransomware)");
  g_assert_cmpstr (mado_guide_result_get_call_text (MADO_GUIDE_RESULT (
                     mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_GUIDE_RESULT, NULL))),
                   ==, "03-6271-8901");

  gtk_widget_activate_action (GTK_WIDGET (page), "guide.copy-summary", NULL);
  mado_test_iterate (20);
  summary = mado_test_read_clipboard (GTK_WIDGET (window));
  g_assert_nonnull (strstr (summary, "Phone: 03-6271-8901"));
  g_assert_null (strstr (summary, "03-6811-0610"));

  gtk_widget_activate_action (GTK_WIDGET (page), "guide.copy-summary-all", NULL);
  mado_test_iterate (20);
  all = mado_test_read_clipboard (GTK_WIDGET (window));
  g_assert_nonnull (strstr (all, "Phone: 03-6811-0610"));

  mado_test_destroy_window (window);
}

/* Looking at a section in between loses no answer. */
static void
test_answers_survive_a_detour (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoGuidePage *page = show_guide (window);

  press_answer (page, "No");
  mado_window_show_section (window, "check2");
  mado_test_iterate (10);
  page = show_guide (window);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (mado_guide_page_get_walk (page)), ==, 1);

  mado_test_destroy_window (window);
}

/* Whether @widget shows when @page does. */
static gboolean
shown_within (GtkWidget *widget,
              GtkWidget *page)
{
  for (; widget != page; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget))
      return FALSE;
  return TRUE;
}

/* The button of @page whose action is @action_name and that shows, or NULL. */
static GtkWidget *
shown_button (GtkWidget  *page,
              const char *action_name)
{
  g_autoptr(GPtrArray) buttons = mado_test_find_all (page, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action_name) == 0 &&
          shown_within (button, page))
        return button;
    }
  return NULL;
}

/* GtkBuilder makes the page from its dataset and walk alone. Back and Start
 * Again show under a question once there is an answer to go back from, never
 * on the first question or a result, and are named without their mnemonic. */
static void
test_built_by_builder (void)
{
  MadoDataset *dataset = mado_application_get_dataset (app);
  g_autoptr(MadoGuideWalk) walk = mado_guide_walk_new (dataset);
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *page, *window, *back;

  g_type_ensure (MADO_TYPE_GUIDE_PAGE);
  gtk_builder_expose_object (builder, "dataset", G_OBJECT (dataset));
  gtk_builder_expose_object (builder, "walk", G_OBJECT (walk));
  gtk_builder_add_from_string (builder,
                               "<interface>"
                               "  <object class='GtkWindow' id='window'>"
                               "    <property name='child'>"
                               "      <object class='MadoGuidePage' id='page'>"
                               "        <property name='dataset'>dataset</property>"
                               "        <property name='walk'>walk</property>"
                               "      </object>"
                               "    </property>"
                               "  </object>"
                               "</interface>", -1, &error);
  g_assert_no_error (error);
  window = GTK_WIDGET (gtk_builder_get_object (builder, "window"));
  page = GTK_WIDGET (gtk_builder_get_object (builder, "page"));
  g_assert_true (mado_guide_page_get_walk (MADO_GUIDE_PAGE (page)) == walk);
  g_assert_null (shown_button (page, "guide.back"));
  g_assert_null (shown_button (page, "guide.restart"));

  /* The first question's second answer ("No") leads to another question. */
  mado_guide_walk_answer (walk, 1);
  back = shown_button (page, "guide.back");
  g_assert_nonnull (back);
  g_assert_nonnull (shown_button (page, "guide.restart"));
  gtk_test_accessible_assert_property (back, GTK_ACCESSIBLE_PROPERTY_LABEL, "Back");
  g_assert_nonnull (gtk_widget_get_tooltip_text (back));

  mado_guide_walk_restart (walk);
  g_assert_null (shown_button (page, "guide.back"));

  /* Its first answer ("Yes") is a result. */
  mado_guide_walk_answer (walk, 0);
  g_assert_true (MADO_IS_GUIDE_RESULT (mado_test_find_widget (page, MADO_TYPE_GUIDE_RESULT, NULL)));
  g_assert_null (shown_button (page, "guide.back"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/guide-page/walk-to-result", test_walk_to_result);
  g_test_add_func ("/guide-page/call-first-closed", test_call_first_closed);
  g_test_add_func ("/guide-page/change-answer", test_change_answer);
  g_test_add_func ("/guide-page/unconfirmed-left-out", test_unconfirmed_left_out);
  g_test_add_func ("/guide-page/answers-survive-a-detour", test_answers_survive_a_detour);
  g_test_add_func ("/guide-page/built-by-builder", test_built_by_builder);

  return g_test_run ();
}
