/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-call-first.h"
#include "mado-clock.h"
#include "mado-email.h"
#include "mado-guide-summary.h"
#include "mado-link.h"
#include "mado-own-contacts-text.h"
#include "mado-phone.h"

/* The guide's outcome as plain text, for reading aloud on a call, pasting
 * into a ticket or a report form: the answers given, what to do first, whom
 * to contact with every number and address, and what to have ready. */

static void
append_list (GString            *text,
             const char         *heading,
             const char * const *items,
             gboolean            numbered)
{
  if (items == NULL || items[0] == NULL)
    return;

  g_string_append_printf (text, "\n%s\n", heading);
  for (guint i = 0; items[i] != NULL; i++)
    {
      if (numbered)
        g_string_append_printf (text, "%u. %s\n", i + 1, items[i]);
      else
        g_string_append_printf (text, "- %s\n", items[i]);
    }
}

/* One contact as text: its name, then one line per way to reach it. */
void
mado_contact_append_text (MadoContact *contact,
                          GString     *text)
{
  mado_contact_append_text_full (contact, TRUE, text);
}

/* The same, leaving out the phone numbers nobody re-verified unless
 * @include_unconfirmed: a summary read out on a call must not send someone
 * to a dead or wrong number. */
void
mado_contact_append_text_full (MadoContact *contact,
                               gboolean     include_unconfirmed,
                               GString     *text)
{
  mado_contact_append_text_at (contact, include_unconfirmed, NULL, text);
}

/* Whether @phone answered at @now, after its line: "[at copy time: Closed,
 * opens Mon 8:30]"; nothing for a number without a schedule. */
static void
append_state (GString   *text,
              MadoPhone *phone,
              GDateTime *now)
{
  g_autofree char *state = now != NULL ? mado_call_first_dup_state_text (phone, now) : NULL;

  if (state != NULL)
    /* Translators: after a phone line of a copied summary; %s is "Open until 17:15" or "Closed, opens Mon 8:30". */
    g_string_append_printf (text, _(" [when copied: %s]"), state);
}

/* The same, each number followed by whether it answered at @now (when not
 * NULL): a summary pasted into a ticket is read later. */
void
mado_contact_append_text_at (MadoContact *contact,
                             gboolean     include_unconfirmed,
                             GDateTime   *now,
                             GString     *text)
{
  GListModel *phones = mado_contact_get_phones (contact);
  GListModel *links = mado_contact_get_links (contact);
  GListModel *emails = mado_contact_get_emails (contact);

  g_string_append_printf (text, "* %s", mado_contact_get_organisation (contact));
  if (mado_contact_get_desk (contact) != NULL)
    g_string_append_printf (text, " %s", mado_contact_get_desk (contact));
  g_string_append_c (text, '\n');

  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);
      const char *label = mado_phone_get_label (phone);
      const char *hours = mado_phone_get_hours (phone);

      if (!include_unconfirmed && !mado_phone_is_confirmed (phone))
        continue;
      /* Translators: the start of a phone line in a copied summary. */
      g_string_append_printf (text, "  %s %s", _("Phone:"), mado_phone_get_number (phone));
      if (label != NULL || hours != NULL)
        g_string_append_printf (text, " (%s%s%s)", label ?: "", label && hours ? ", " : "", hours ?: "");
      append_state (text, phone, now);
      g_string_append_c (text, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);
      g_string_append_printf (text, "  %s: %s\n", mado_link_get_label (link), mado_link_get_url (link));
    }
  for (guint i = 0; i < g_list_model_get_n_items (emails); i++)
    {
      g_autoptr(MadoEmail) email = g_list_model_get_item (emails, i);
      /* Translators: the start of an e-mail line in a copied summary. */
      g_string_append_printf (text, "  %s %s\n", _("E-mail:"), mado_email_get_address (email));
    }
}

static void
append_answers (GString       *text,
                MadoGuideWalk *walk)
{
  guint n_steps = mado_guide_walk_get_n_steps (walk);

  if (n_steps == 0)
    return;

  g_string_append_printf (text, "\n%s\n", _("Answers"));
  for (guint i = 0; i < n_steps; i++)
    g_string_append_printf (text, "- %s %s\n",
                            mado_guide_node_get_text (mado_guide_walk_get_step_node (walk, i)),
                            mado_guide_answer_get_label (mado_guide_walk_get_step_answer (walk, i)));
}

/* When the text was made, in Japan time whatever the machine's zone. */
static void
append_time (GString   *text,
             GDateTime *now)
{
  g_autofree char *time = mado_format_japan_time (now);

  /* Translators: a line of a copied summary; %s is a date and time such as "2026-12-04 18:30 JST". */
  g_string_append_printf (text, _("Copied at %s\n"), time);
}

/* Whether each desk of the result answered when the sheet took the walk:
 * its first confirmed number and the words the result showed. */
static void
append_desks_then (GString       *text,
                   MadoGuideNode *result,
                   GDateTime     *now)
{
  GListModel *contacts = mado_guide_node_get_contacts (result);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(MadoPhone) phone = mado_call_first_contact_phone (contact);
      g_autofree char *state = phone != NULL ? mado_call_first_dup_state_text (phone, now) : NULL;

      if (state == NULL)
        continue;
      if (!any)
        /* Translators: heading in the text an incident sheet keeps of a guide result. */
        g_string_append_printf (text, "\n%s\n", _("Desks at that time"));
      any = TRUE;
      g_string_append_printf (text, "- %s %s: %s\n", mado_contact_get_organisation (contact),
                              mado_phone_get_number (phone), state);
    }
}

static void
append_situation (GString       *text,
                  MadoGuideWalk *walk)
{
  MadoGuideNode *current = mado_guide_walk_get_current (walk);

  /* Translators: the first line of a copied summary; %s is the situation. */
  g_string_append_printf (text, _("What happened: %s\n"),
                          mado_guide_node_get_kind (current) == MADO_GUIDE_NODE_KIND_RESULT
                          ? mado_guide_node_get_title (current)
                          : mado_guide_node_get_text (current));
  append_answers (text, walk);
}

/* Only the situation and the answers that led to it: what an incident sheet
 * keeps of a walk (it attaches the desks one by one). */
char *
mado_guide_summary_build_answers (MadoGuideWalk *walk)
{
  GString *text;

  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), NULL);

  text = g_string_new (NULL);
  append_situation (text, walk);
  if (mado_guide_node_get_kind (mado_guide_walk_get_current (walk)) == MADO_GUIDE_NODE_KIND_RESULT)
    {
      g_autoptr(GDateTime) now = mado_clock_dup_now (mado_clock_get_default ());

      append_time (text, now);
      append_desks_then (text, mado_guide_walk_get_current (walk), now);
    }
  return g_string_free (text, FALSE);
}

/* The desk's own contacts for the result's situation come first, as on
 * screen. */
static void
append_own (GString         *text,
            MadoOwnContacts *own_contacts,
            MadoGuideNode   *result)
{
  g_autofree char *own = NULL;

  if (own_contacts == NULL)
    return;
  own = mado_own_contacts_dup_situation_text (own_contacts, mado_guide_node_get_situation (result));
  if (own != NULL)
    g_string_append_printf (text, "\n%s", own);
}

/* The text Copy Summary copies: the situation, the time, the steps, the
 * desk's own contacts (@own_contacts, may be NULL) and the public desks in
 * order, each with whether it answers at that time. */
char *
mado_guide_summary_build (MadoGuideWalk   *walk,
                          MadoDataset     *dataset,
                          MadoOwnContacts *own_contacts,
                          gboolean         include_unconfirmed)
{
  MadoGuideNode *result;
  GListModel *contacts;
  GString *text;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), NULL);
  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  result = mado_guide_walk_get_current (walk);
  now = mado_clock_dup_now (mado_clock_get_default ());
  text = g_string_new (NULL);
  append_situation (text, walk);
  append_time (text, now);

  if (mado_guide_node_get_kind (result) != MADO_GUIDE_NODE_KIND_RESULT)
    return g_string_free (text, FALSE);

  if (mado_guide_node_get_urgent (result) != NULL)
    g_string_append_printf (text, "\n%s %s\n", _("Urgent:"), mado_guide_node_get_urgent (result));
  append_list (text, _("First steps"), mado_guide_node_get_steps (result), TRUE);
  /* Translators: heading in a copied summary, above what not to do. */
  append_list (text, _("What not to do"), mado_guide_node_get_avoid (result), FALSE);

  append_own (text, own_contacts, result);
  contacts = mado_guide_node_get_contacts (result);
  if (g_list_model_get_n_items (contacts) > 0)
    g_string_append_printf (text, "\n%s\n", _("Contacts, in this order"));
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      mado_contact_append_text_at (contact, include_unconfirmed, now, text);
    }

  append_list (text, _("Have ready before calling"),
               mado_dataset_get_preparation_items (dataset), FALSE);
  return g_string_free (text, FALSE);
}
