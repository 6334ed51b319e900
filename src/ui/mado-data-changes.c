/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-alert.h"
#include "mado-data-changes.h"

/* What changed in the numbers and addresses since the last start, said in a
 * toast and listed in a dialog: a desk that has a number on a sticky note
 * must learn that it is no longer the one to call. */

/* "2 numbers and 1 address changed since you last opened Madoguchi". */
char *
mado_data_changes_dup_summary (GPtrArray *changes)
{
  guint numbers = mado_data_changes_count (changes, MADO_DATA_CHANGE_NUMBER);
  guint addresses = mado_data_changes_count (changes, MADO_DATA_CHANGE_ADDRESS);

  if (numbers > 0 && addresses > 0)
    {
      /* Translators: the first part of the toast below, “2 numbers”. */
      g_autofree char *count = g_strdup_printf (ngettext ("%u number", "%u numbers", numbers), numbers);

      /* Translators: %s is “2 numbers” (translated above); %u a count of web
       * and mail addresses. */
      return g_strdup_printf (ngettext ("%s and %u address changed since you last opened Madoguchi",
                                        "%s and %u addresses changed since you last opened Madoguchi",
                                        addresses), count, addresses);
    }
  if (numbers > 0)
    return g_strdup_printf (ngettext ("%u number changed since you last opened Madoguchi",
                                      "%u numbers changed since you last opened Madoguchi",
                                      numbers), numbers);
  return g_strdup_printf (ngettext ("%u address changed since you last opened Madoguchi",
                                    "%u addresses changed since you last opened Madoguchi",
                                    addresses), addresses);
}

static char *
dup_contact_name (MadoDataset *dataset,
                  const char  *id)
{
  MadoContact *contact = dataset != NULL ? mado_dataset_lookup_contact (dataset, id) : NULL;

  if (contact == NULL)
    return g_strdup (id);
  if (mado_contact_get_desk (contact) != NULL)
    return g_strdup_printf ("%s %s", mado_contact_get_organisation (contact),
                            mado_contact_get_desk (contact));
  return g_strdup (mado_contact_get_organisation (contact));
}

/* One line a change: "Desk A Consultations: 03-0000-0000 → 03-1111-1111". */
char *
mado_data_changes_dup_list (GPtrArray   *changes,
                            MadoDataset *dataset)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      MadoDataChange *change = g_ptr_array_index (changes, i);
      g_autofree char *name = dup_contact_name (dataset, change->contact_id);

      g_autofree char *what = NULL;

      if (change->old_value != NULL && change->new_value != NULL)
        what = g_strdup_printf ("%s → %s", change->old_value, change->new_value);
      else if (change->new_value != NULL)
        /* Translators: a line in the list of changes; %s is a number or an address. */
        what = g_strdup_printf (_("added %s"), change->new_value);
      else
        /* Translators: a line in the list of changes; %s is a number or an address. */
        what = g_strdup_printf (_("removed %s"), change->old_value);

      if (list->len > 0)
        g_string_append_c (list, '\n');
      g_string_append_printf (list, "%s: %s", name, what);
    }
  return g_string_free (list, FALSE);
}

void
mado_data_changes_present (GtkWidget   *parent,
                           GPtrArray   *changes,
                           MadoDataset *dataset)
{
  g_autofree char *summary = mado_data_changes_dup_summary (changes);
  g_autofree char *list = mado_data_changes_dup_list (changes, dataset);
  g_autofree char *body = g_strconcat (summary, "\n\n", list, NULL);
  /* A short heading: libadwaita 1.6 and later measure it on one line
   * before they wrap it, and GTK warns when it is wider than the dialog;
   * the sentence that counts the changes leads the body instead. */
  const MadoAlert alert = {
    /* Translators: the heading of the list of changed numbers and
     * addresses; keep it short (it must fit in a narrow dialog on one line). */
    .heading = _("What Changed"),
    .body = body,
    .cancel_id = "close",
    /* Translators: the button that closes the list of changes. */
    .cancel_label = _("_Close"),
  };

  mado_alert_present (&alert, parent);
}
