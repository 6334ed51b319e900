/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-call-first.h"

/* Which desk a list of desks in priority order (a guide result, the home
 * page) leads with, and by which number: the first number that is not marked
 * unconfirmed. A number nobody re-verified is never the one a person under
 * stress is told to dial first. */

/* @contact's first confirmed phone number (a new reference), or NULL. */
MadoPhone *
mado_call_first_contact_phone (MadoContact *contact)
{
  MadoPhone *phone;

  g_return_val_if_fail (MADO_IS_CONTACT (contact), NULL);

  phone = mado_contact_get_primary_phone (contact);
  return phone != NULL ? g_object_ref (phone) : NULL;
}

/* The desk's way to report online when it has no number: a form first, else
 * its first address. */
static MadoLink *
first_link (MadoContact *contact)
{
  GListModel *links = mado_contact_get_links (contact);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);

      if (mado_link_get_kind (link) == MADO_LINK_KIND_FORM)
        return g_steal_pointer (&link);
    }
  return n > 0 ? g_list_model_get_item (links, 0) : NULL;
}

/**
 * mado_call_first_pick:
 * @contacts: desks in priority order
 * @phone: (out) (transfer full) (optional): the number to call first
 * @link: (out) (transfer full) (optional): when no desk has a confirmed
 *   number, the first desk's form or address
 *
 * Returns: (transfer full) (nullable): the desk to contact first: the first
 * one with a confirmed number, or the first one if none has one; %NULL for
 * an empty list.
 */
MadoContact *
mado_call_first_pick (GListModel  *contacts,
                      MadoPhone  **phone,
                      MadoLink   **link)
{
  MadoContact *first;

  g_return_val_if_fail (G_IS_LIST_MODEL (contacts), NULL);

  if (phone != NULL)
    *phone = NULL;
  if (link != NULL)
    *link = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(MadoPhone) found = mado_call_first_contact_phone (contact);

      if (found != NULL)
        {
          if (phone != NULL)
            *phone = g_steal_pointer (&found);
          return g_steal_pointer (&contact);
        }
    }

  first = g_list_model_get_n_items (contacts) > 0 ? g_list_model_get_item (contacts, 0) : NULL;
  if (first != NULL && link != NULL)
    *link = first_link (first);
  return first;
}

/* Whether @phone answers at @now (Japan time), with the national holidays
 * of the bundled table; a number without a schedule is "hours unknown". */
void
mado_call_first_phone_state (MadoPhone     *phone,
                             GDateTime     *now,
                             MadoOpenState *state)
{
  MadoSchedule *schedule;

  g_return_if_fail (MADO_IS_PHONE (phone));
  g_return_if_fail (now != NULL && state != NULL);

  schedule = mado_phone_get_schedule (phone);
  if (schedule == NULL)
    {
      *state = (MadoOpenState) { .kind = MADO_OPEN_UNKNOWN, .opens_in = -1 };
      return;
    }
  mado_schedule_evaluate (schedule, mado_holidays_get_default (), now, state);
}

/* "Open until 17:15" for @phone at @now, or NULL when the dataset gives it
 * no schedule (the free-text hours then say all there is). */
char *
mado_call_first_dup_state_text (MadoPhone *phone,
                                GDateTime *now)
{
  MadoOpenState state;

  g_return_val_if_fail (MADO_IS_PHONE (phone), NULL);

  if (mado_phone_get_schedule (phone) == NULL)
    return NULL;
  mado_call_first_phone_state (phone, now, &state);
  return mado_open_state_format (&state);
}
