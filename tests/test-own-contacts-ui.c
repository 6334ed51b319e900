/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The desk's own contacts in the real window, on the bundled dataset: add
 * one on its page (full-width digits typed as a Japanese keyboard gives
 * them), tag it for ransomware, reorder, delete and undo; then walk the
 * guide to the ransomware result and find it first, as "Call first",
 * copied, in the summary and on the incident sheet; a result for another
 * situation keeps its public desk first; a bad file to import names the
 * JSON path and changes nothing. */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-guide-page.h"
#include "mado-guide-result.h"
#include "mado-home-page.h"
#include "mado-own-contact-editor.h"
#include "mado-own-contacts-page.h"
#include "mado-row.h"
#include "mado-search-list.h"
#include "mado-test-utils.h"

static MadoApplication *app;

static MadoOwnContacts *
store (void)
{
  return mado_application_get_own_contacts (app);
}

static GtkWidget *
find_labelled (GtkWidget  *root,
               GType       type,
               const char *label)
{
  GtkWidget *widget = mado_test_find_widget (root, type, label);

  if (widget == NULL)
    g_error ("no %s “%s” in:\n%s", g_type_name (type), label, mado_test_collect_text (root));
  return widget;
}

/* A field named by the label beside it (its mnemonic widget), as a screen
 * reader names it. */
static GtkWidget *
field (GtkWidget  *root,
       const char *label)
{
  g_autoptr(GPtrArray) labels = mado_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), label) == 0
        && gtk_label_get_mnemonic_widget (labels->pdata[i]) != NULL)
      return gtk_label_get_mnemonic_widget (labels->pdata[i]);
  g_error ("no field labelled “%s”", label);
  return NULL;
}

static GtkWidget *
find_check (GtkWidget  *root,
            const char *label)
{
  g_autoptr(GPtrArray) checks = mado_test_find_all (root, GTK_TYPE_CHECK_BUTTON);

  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (checks->pdata[i]), label) == 0)
      return checks->pdata[i];
  g_error ("no check button “%s”", label);
  return NULL;
}

static MadoOwnContactsPage *
show_page (MadoWindow *window)
{
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-own-contacts", NULL);
  mado_test_iterate (20);
  page = mado_window_get_page (window);
  g_assert_true (MADO_IS_OWN_CONTACTS_PAGE (page));
  return MADO_OWN_CONTACTS_PAGE (page);
}

static gboolean
file_contains (const char *text)
{
  g_autofree char *data = NULL;

  return g_file_get_contents (mado_own_contacts_get_path (store ()), &data, NULL, NULL)
         && strstr (data, text) != NULL;
}

static void
test_add_on_page (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoOwnContactsPage *page = show_page (window);
  GtkWidget *editor, *name, *number, *hours, *reference;
  MadoOwnContact *contact;
  gint64 deadline;

  g_assert_cmpuint (mado_own_contacts_get_n (store ()), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "own-page.add", NULL);
  mado_test_iterate (20);
  g_assert_cmpuint (mado_own_contacts_get_n (store ()), ==, 1);
  contact = mado_own_contacts_get (store (), 0);
  editor = mado_own_contacts_page_get_editor (page, 0);
  g_assert_true (MADO_IS_OWN_CONTACT_EDITOR (editor));

  name = field (editor, "Name");
  /* The new contact's name has the focus: the person types at once. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (name)))));
  gtk_editable_set_text (GTK_EDITABLE (name), "保険窓口 🛡️");
  number = find_labelled (editor, GTK_TYPE_ENTRY, "Phone Number");
  gtk_editable_set_text (GTK_EDITABLE (number), "０１２０ー０００ー３３３");
  hours = find_labelled (editor, GTK_TYPE_ENTRY, "Hours");
  gtk_editable_set_text (GTK_EDITABLE (hours), "24時間");
  reference = field (editor, "Reference");
  gtk_editable_set_text (GTK_EDITABLE (reference), "証券番号 AB-1234567");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_check (editor, "Ransomware")), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (mado_test_find_widget (editor, GTK_TYPE_DROP_DOWN, NULL)),
                              MADO_OWN_ROLE_INSURER);
  mado_test_iterate (10);
  g_assert_cmpint (mado_own_contact_get_role (contact), ==, MADO_OWN_ROLE_INSURER);

  g_assert_cmpstr (mado_own_contact_get_name (contact), ==, "保険窓口 🛡️");
  g_assert_cmpuint (mado_own_contact_get_n_phones (contact), ==, 1);
  g_assert_cmpstr (mado_own_contact_get_phone_number (contact, 0), ==, "0120-000-333");
  g_assert_cmpstr (mado_own_contact_get_phone_hours (contact, 0), ==, "24時間");
  g_assert_cmpstr (mado_own_contact_get_reference (contact), ==, "証券番号 AB-1234567");
  g_assert_true (mado_own_contact_has_situation (contact, "ransomware"));
  g_assert_false (gtk_widget_has_css_class (number, "error"));

  /* What is not a number is shown as wrong, and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (number), "0120-abc");
  g_assert_true (gtk_widget_has_css_class (number, "error"));
  gtk_editable_set_text (GTK_EDITABLE (number), "0120-000-333");
  g_assert_false (gtk_widget_has_css_class (number, "error"));

  /* Saved without anyone saving. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!file_contains ("証券番号 AB-1234567") && g_get_monotonic_time () < deadline)
    mado_test_iterate (50);
  g_assert_true (file_contains ("\"0120-000-333\""));

  mado_test_destroy_window (window);
}

/* A second contact (for every situation), moved above the first, deleted
 * and put back by the toast's Undo. */
static void
test_reorder_delete_undo (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoOwnContactsPage *page = show_page (window);
  MadoOwnContact *insurer = mado_own_contacts_get (store (), 0);
  MadoOwnContact *csirt;
  GtkWidget *editor;

  gtk_widget_activate_action (GTK_WIDGET (page), "own-page.add", NULL);
  mado_test_iterate (20);
  csirt = mado_own_contacts_get (store (), 1);
  editor = mado_own_contacts_page_get_editor (page, 1);
  gtk_editable_set_text (GTK_EDITABLE (field (editor, "Name")), "情報システム部");
  gtk_editable_set_text (GTK_EDITABLE (find_labelled (editor, GTK_TYPE_ENTRY, "Phone Number")),
                         "03-0000-1111");

  gtk_widget_activate_action (editor, "own.move-up", NULL);
  mado_test_iterate (20);
  g_assert_true (mado_own_contacts_get (store (), 0) == csirt);
  /* The same form, in its new place. */
  g_assert_true (mado_own_contacts_page_get_editor (page, 0) == editor);

  gtk_widget_activate_action (editor, "own.delete", NULL);
  mado_test_iterate (20);
  g_assert_cmpuint (mado_own_contacts_get_n (store ()), ==, 1);
  g_assert_true (mado_own_contacts_get (store (), 0) == insurer);
  g_assert_cmpstr (mado_window_get_last_toast (window), ==, "“情報システム部” deleted");

  /* Undo puts it back where it was. */
  mado_own_contacts_insert (store (), 0, csirt);
  mado_test_iterate (20);
  g_assert_true (mado_own_contacts_get (store (), 0) == csirt);
  g_assert_nonnull (mado_own_contacts_page_get_editor (page, 1));

  /* Home lists both, in this order, before the public numbers. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-home", NULL);
  mado_test_iterate (20);
  {
    g_autofree char *text = mado_test_collect_text (mado_window_get_page (window));

    g_assert_nonnull (strstr (text, "Your Organisation"));
    g_assert_true (strstr (text, "03-0000-1111") < strstr (text, "0120-000-333"));
    g_assert_true (strstr (text, "0120-000-333") < strstr (text, "Numbers for Any Time"));
  }
  mado_test_destroy_window (window);
}

static MadoGuidePage *
show_guide (MadoWindow *window)
{
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-guide", NULL);
  mado_test_iterate (20);
  page = mado_window_get_page (window);
  g_assert_true (MADO_IS_GUIDE_PAGE (page));
  gtk_widget_activate_action (page, "guide.restart", NULL);
  mado_test_iterate (10);
  return MADO_GUIDE_PAGE (page);
}

static void
press_answer (MadoGuidePage *page,
              const char    *label)
{
  g_signal_emit_by_name (find_labelled (GTK_WIDGET (page), MADO_TYPE_ROW, label), "activate");
  mado_test_iterate (10);
}

/* The ransomware result: the insurer tagged for it is called first; the
 * CSIRT, for every situation, is listed under "Your Organisation" above the
 * public desks; both go into the summary and onto the incident sheet. */
static void
test_guide_result_own_first (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoGuidePage *page = show_guide (window);
  MadoGuideResult *result;
  GtkWidget *call;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *copied = NULL;
  MadoIncidentSheet *sheet;
  const char *answers;

  press_answer (page, "No");
  press_answer (page, "The organisation");
  press_answer (page, "A warning screen, or a device acting strangely (support scam, virus, ransomware, Emotet)");
  press_answer (page, "Files won't open or are encrypted, and money is demanded (ransomware)");

  result = MADO_GUIDE_RESULT (mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_GUIDE_RESULT, NULL));
  g_assert_cmpstr (mado_guide_result_get_call_text (result), ==, "0120-000-333");
  call = mado_guide_result_get_call_button (result);
  gtk_test_accessible_assert_property (call, GTK_ACCESSIBLE_PROPERTY_LABEL, "Copy 0120-000-333");

  text = mado_test_collect_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "保険窓口 🛡️ · Cyber insurance"));
  g_assert_nonnull (strstr (text, "Ref. 証券番号 AB-1234567"));
  g_assert_nonnull (strstr (text, "Your Organisation"));
  g_assert_true (strstr (text, "03-0000-1111") < strstr (text, "Have Ready When You Call"));
  /* The public desk that was first is now number 2. */
  g_assert_true (strstr (text, "Have Ready When You Call") < strstr (text, "03-6271-8901"));

  g_signal_emit_by_name (call, "clicked");
  mado_test_iterate (20);
  copied = mado_test_read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, "0120-000-333");

  gtk_widget_activate_action (GTK_WIDGET (page), "guide.copy-summary", NULL);
  mado_test_iterate (20);
  summary = mado_test_read_clipboard (GTK_WIDGET (window));
  g_assert_nonnull (strstr (summary, "Your organisation\n* 保険窓口 🛡️ (Cyber insurance)\n  Phone: 0120-000-333 (24時間)\n  Reference: 証券番号 AB-1234567\n"));
  g_assert_nonnull (strstr (summary, "* 情報システム部 (CSIRT or IT manager)\n  Phone: 03-0000-1111\n"));
  g_assert_true (strstr (summary, "Your organisation") < strstr (summary, "Contacts, in this order"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.attach-guide", NULL);
  mado_test_iterate (20);
  sheet = mado_incident_store_get_current (mado_application_get_incident_store (app));
  answers = mado_incident_sheet_get_text (sheet, MADO_INCIDENT_FIELD_GUIDE_ANSWERS);
  g_assert_nonnull (strstr (answers, "Phone: 0120-000-333"));
  g_assert_nonnull (strstr (answers, "Phone: 03-0000-1111"));

  mado_test_destroy_window (window);
}

/* A fake shop: nobody is tagged for it, so the public desk stays first and
 * the CSIRT (for every situation) is listed. */
static void
test_other_situation (void)
{
  MadoWindow *window = mado_test_window_new (app);
  MadoGuidePage *page = show_guide (window);
  MadoGuideResult *result;
  g_autofree char *text = NULL;

  press_answer (page, "No");
  press_answer (page, "The organisation");
  press_answer (page, "A fake online shop is using our name");
  result = MADO_GUIDE_RESULT (mado_test_find_widget (GTK_WIDGET (page), MADO_TYPE_GUIDE_RESULT, NULL));
  g_assert_cmpstr (mado_guide_result_get_call_text (result), !=, "0120-000-333");
  text = mado_test_collect_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "03-0000-1111"));
  g_assert_null (strstr (text, "0120-000-333"));
  mado_test_destroy_window (window);
}

/* A bad file: the toast names the JSON path, the list is unchanged. */
static void
test_import_from_window (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "fixtures", "own-contacts",
                                                     "unknown-situation.json", NULL);
  g_autofree char *good_path = g_test_build_filename (G_TEST_DIST, "fixtures", "own-contacts",
                                                      "valid.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  guint before = mado_own_contacts_get_n (store ());

  mado_window_import_own_contacts (window, bad);
  g_assert_nonnull (strstr (mado_window_get_last_toast (window),
                            "$.contacts[0].situations[1]: there is no situation with the id “ransomwear”"));
  g_assert_nonnull (strstr (mado_window_get_last_toast (window), "Nothing was changed"));
  g_assert_cmpuint (mado_own_contacts_get_n (store ()), ==, before);

  mado_window_import_own_contacts (window, good);
  g_assert_cmpstr (mado_window_get_last_toast (window), ==, "Imported: 2 new, 0 updated.");
  g_assert_cmpuint (mado_own_contacts_get_n (store ()), ==, before + 2);
  mado_test_destroy_window (window);
}

/* The first result's row, once laid out (after its group's heading); NULL
 * when nothing is found. */
static GtkWidget *
first_search_row (MadoWindow *window,
                  const char *query)
{
  MadoSearchList *list = MADO_SEARCH_LIST (mado_test_find_widget (GTK_WIDGET (window),
                                                                  MADO_TYPE_SEARCH_LIST, NULL));

  GtkWidget *entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);

  /* The entry's signal at once, not after its typing delay. */
  mado_window_start_search (window, query);
  g_signal_emit_by_name (entry, "search-changed");
  mado_test_iterate (20);
  if (mado_search_list_get_n_results (list) == 0)
    return NULL;
  for (int i = 0; i < 100 && mado_search_list_get_row (list, 1) == NULL; i++)
    mado_test_iterate (20);
  return mado_search_list_get_row (list, 1);
}

/* Search finds an own contact by its name, by its reference typed in
 * full width, by its number without dashes; it comes before the dataset's
 * results, and opening it shows its form. */
static void
test_search (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *row;

  row = first_search_row (window, "xyzzy");
  g_assert_null (row);
  row = first_search_row (window, "保険窓口");
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, "保険窓口 🛡️");
  row = first_search_row (window, "ＡＢ－１２３４５６７");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, "保険窓口 🛡️");
  row = first_search_row (window, "0120000333");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, "保険窓口 🛡️");
  /* A word of the dataset: the own contact for every situation does not
   * get in the way of the guide's results. */
  row = first_search_row (window, "ransomware");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ransomware infection (organisation)");

  row = first_search_row (window, "情報システム部");
  g_assert_true (gtk_widget_activate_action (row, "list.activate-item", "u", 1));
  mado_test_iterate (50);
  g_assert_true (MADO_IS_OWN_CONTACTS_PAGE (mado_window_get_page (window)));
  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  /* In order: each builds on what the one before entered. */
  g_test_add_func ("/own-contacts-ui/add-on-page", test_add_on_page);
  g_test_add_func ("/own-contacts-ui/reorder-delete-undo", test_reorder_delete_undo);
  g_test_add_func ("/own-contacts-ui/guide-result-own-first", test_guide_result_own_first);
  g_test_add_func ("/own-contacts-ui/other-situation", test_other_situation);
  g_test_add_func ("/own-contacts-ui/search", test_search);
  g_test_add_func ("/own-contacts-ui/import-from-window", test_import_from_window);

  return g_test_run ();
}
