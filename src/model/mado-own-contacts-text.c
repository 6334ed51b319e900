/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-own-contacts-text.h"

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
