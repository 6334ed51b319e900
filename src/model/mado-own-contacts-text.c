/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mado-own-contacts-text.h"
#include "mado-search-normalizer.h"

/* The desk's own contacts as plain text, in the layout of the guide's
 * summary (mado-guide-summary.c): what is copied with a result and what an
 * incident sheet keeps of it. */

/* One contact: its name and role, then one line per way to reach it, and
 * what to quote. */
void
mado_own_contact_append_text (MadoOwnContact *contact,
                              GString        *text)
{
  const char *email = mado_own_contact_get_email (contact);
  const char *reference = mado_own_contact_get_reference (contact);

  g_return_if_fail (MADO_IS_OWN_CONTACT (contact));

  g_string_append_printf (text, "* %s (%s)\n", mado_own_contact_get_title (contact),
                          mado_own_role_get_label (mado_own_contact_get_role (contact)));
  for (guint i = 0; i < mado_own_contact_get_n_phones (contact); i++)
    {
      const char *number = mado_own_contact_get_phone_number (contact, i);
      const char *hours = mado_own_contact_get_phone_hours (contact, i);

      if (*number == '\0')
        continue;
      /* Translators: the start of a phone line in a copied summary. */
      g_string_append_printf (text, "  %s %s", _("Phone:"), number);
      if (*hours != '\0')
        g_string_append_printf (text, " (%s)", hours);
      g_string_append_c (text, '\n');
    }
  if (*email != '\0')
    /* Translators: the start of an e-mail line in a copied summary. */
    g_string_append_printf (text, "  %s %s\n", _("E-mail:"), email);
  if (*reference != '\0')
    /* Translators: the start of the line of an own contact's policy or contract number in a copied summary. */
    g_string_append_printf (text, "  %s %s\n", _("Reference:"), reference);
}

/* The own contacts a result about @situation shows, under their heading,
 * or NULL when there are none. */
char *
mado_own_contacts_dup_situation_text (MadoOwnContacts *store,
                                      const char      *situation)
{
  g_autoptr(GPtrArray) contacts = NULL;
  GString *text;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (store), NULL);

  contacts = mado_own_contacts_for_situation (store, situation);
  if (contacts->len == 0)
    return NULL;
  /* Translators: heading of the own contacts in a copied summary; in Japanese 社内・契約先. */
  text = g_string_new (_("Your organisation"));
  g_string_append_c (text, '\n');
  for (guint i = 0; i < contacts->len; i++)
    mado_own_contact_append_text (g_ptr_array_index (contacts, i), text);
  return g_string_free (text, FALSE);
}

/* Search. The desk has a few dozen own contacts: each is folded as the
 * dataset's text is (width, kana, case), at each query, and matches when
 * every word of the query is in it, or the digits of a number typed with
 * or without dashes are in one of its numbers. */

static gboolean
number_matches (MadoOwnContact *contact,
                const char     *query)
{
  g_autofree char *wanted = NULL;

  if (!mado_search_looks_like_phone (query))
    return FALSE;
  wanted = mado_search_normalize_digits (query);
  for (guint i = 0; *wanted != '\0' && i < mado_own_contact_get_n_phones (contact); i++)
    {
      g_autofree char *digits =
        mado_search_normalize_digits (mado_own_contact_get_phone_number (contact, i));

      if (strstr (digits, wanted) != NULL)
        return TRUE;
    }
  return FALSE;
}

gboolean
mado_own_contact_matches (MadoOwnContact *contact,
                          const char     *query)
{
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (MADO_IS_OWN_CONTACT (contact), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  words = mado_search_normalize_words (query);
  if (words == NULL || words[0] == NULL)
    return FALSE;
  if (number_matches (contact, query))
    return TRUE;
  text = mado_own_contact_get_search_text (contact);
  folded = mado_search_normalize (text, -1, NULL);
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* The contacts of @store that match @query, in the desk's order, the
 * organisation's first (borrowed, in a new array). */
GPtrArray *
mado_own_contacts_search (MadoOwnContacts *store,
                          const char      *query)
{
  GPtrArray *found;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (store), NULL);

  found = mado_own_contacts_get_organisation (store) != NULL
    ? mado_own_contacts_search (mado_own_contacts_get_organisation (store), query)
    : g_ptr_array_new ();
  for (guint i = 0; i < mado_own_contacts_get_n (store); i++)
    if (mado_own_contact_matches (mado_own_contacts_get (store, i), query))
      g_ptr_array_add (found, mado_own_contacts_get (store, i));
  return found;
}

/* One line under a found own contact: its role and first number. */
char *
mado_own_contact_dup_snippet (MadoOwnContact *contact)
{
  const char *number;

  g_return_val_if_fail (MADO_IS_OWN_CONTACT (contact), NULL);

  number = mado_own_contact_get_first_number (contact);
  if (number == NULL)
    return g_strdup (mado_own_role_get_label (mado_own_contact_get_role (contact)));
  return g_strdup_printf ("%s · %s", mado_own_role_get_label (mado_own_contact_get_role (contact)), number);
}
