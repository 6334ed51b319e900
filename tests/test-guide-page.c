/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The guide in the real window, on the bundled dataset: walk mail → someone
 * entered a password → the organisation, check the number to call first, the
 * other desks and the copied summary (without the numbers nobody
 * re-verified unless asked), change an answer, start again. */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-address-row.h"
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

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/guide-page/walk-to-result", test_walk_to_result);
  g_test_add_func ("/guide-page/change-answer", test_change_answer);
  g_test_add_func ("/guide-page/unconfirmed-left-out", test_unconfirmed_left_out);
  g_test_add_func ("/guide-page/answers-survive-a-detour", test_answers_survive_a_detour);

  return g_test_run ();
}
