/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-guide-summary.h"
#include "mado-incident-store.h"
#include "mado-phone.h"
#include "mado-sheet-text.h"

/* What the desk does with the sheets from outside the sheet's page: a new
 * sheet, a guide result attached, a number copied to call. They go through
 * the store's public functions only; the store itself keeps the list, the
 * file and the lock. */

/* A new, empty sheet titled with the time, made the current one. */
MadoIncidentSheet *
mado_incident_store_new_sheet (MadoIncidentStore *self)
{
  g_autoptr(MadoIncidentSheet) sheet = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);

  sheet = mado_incident_sheet_new ();
  title = mado_sheet_default_title (mado_incident_sheet_get_created (sheet));
  mado_incident_sheet_set_title (sheet, title);
  mado_incident_store_add (self, sheet);
  mado_incident_store_set_current (self, sheet);
  return sheet;
}

/* Puts back @sheet, removed from @position, and makes it the current one;
 * FALSE when it is back already (an Undo twice, or after "Delete All" and
 * a new sheet: it comes back only once). */
gboolean
mado_incident_store_undo_remove (MadoIncidentStore *self,
                                 MadoIncidentSheet *sheet,
                                 guint              position)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), FALSE);

  if (mado_incident_store_lookup (self, mado_incident_sheet_get_id (sheet)) != NULL)
    return FALSE;
  mado_incident_store_restore (self, sheet, position);
  mado_incident_store_set_current (self, sheet);
  return TRUE;
}

static char *
contact_name (MadoContact *contact)
{
  if (mado_contact_get_desk (contact) == NULL)
    return g_strdup (mado_contact_get_organisation (contact));
  return g_strdup_printf ("%s %s", mado_contact_get_organisation (contact), mado_contact_get_desk (contact));
}

/* A sheet still under the title it was made with is named after the
 * situation the guide found, and the date: "Credentials entered on a
 * phishing site, 12 May 2026, 09:30" tells sheets apart; a timestamp does
 * not. A title the desk wrote stays. */
static void
title_by_situation (MadoIncidentSheet *sheet,
                    MadoGuideNode     *result)
{
  g_autofree char *default_title = mado_sheet_default_title (mado_incident_sheet_get_created (sheet));
  g_autofree char *when = mado_sheet_format_time (mado_incident_sheet_get_created (sheet));
  g_autofree char *title = NULL;
  const char *situation;

  if (mado_guide_node_get_kind (result) != MADO_GUIDE_NODE_KIND_RESULT)
    return;
  situation = mado_guide_node_get_title (result);
  if (situation == NULL || *situation == '\0'
      || !g_str_equal (mado_incident_sheet_get_title (sheet), default_title))
    return;
  /* Translators: the title of a sheet made from a guide result: the
   * situation, then a date and time. */
  title = g_strdup_printf (_("%s, %s"), situation, when);
  mado_incident_sheet_set_title (sheet, title);
}

/* Adds the guide's answers and its result's desks, in their order, to the
 * current sheet (a new one if there is none), and returns that sheet. */
MadoIncidentSheet *
mado_incident_store_attach_walk (MadoIncidentStore *self,
                                 MadoGuideWalk     *walk)
{
  MadoIncidentSheet *sheet;
  MadoGuideNode *current;
  GListModel *contacts;
  g_autofree char *answers = NULL;

  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), NULL);

  sheet = mado_incident_store_get_current (self);
  if (sheet == NULL)
    sheet = mado_incident_store_new_sheet (self);
  current = mado_guide_walk_get_current (walk);
  title_by_situation (sheet, current);
  answers = mado_guide_summary_build_answers (walk);
  mado_incident_sheet_add_guide_answers (sheet, g_strchomp (answers));

  if (mado_guide_node_get_kind (current) != MADO_GUIDE_NODE_KIND_RESULT)
    return sheet;
  contacts = mado_guide_node_get_contacts (current);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = contact_name (contact);

      mado_incident_sheet_add_contact (sheet, mado_contact_get_id (contact), name);
    }
  return sheet;
}

static gboolean
contact_has_number (MadoContact *contact,
                    const char  *number)
{
  GListModel *phones = mado_contact_get_phones (contact);

  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);

      if (g_strcmp0 (mado_phone_get_number (phone), number) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A number copied is most likely about to be called: when it is the number
 * of a desk on the current sheet, the timeline notes it, with the desk.
 * Returns whether it did. */
gboolean
mado_incident_store_note_copied (MadoIncidentStore *self,
                                 MadoDataset       *dataset,
                                 const char        *text)
{
  MadoIncidentSheet *current;
  GListModel *attached;

  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  current = mado_incident_store_get_current (self);
  if (current == NULL || dataset == NULL || mado_incident_store_is_read_only (self))
    return FALSE;
  attached = mado_incident_sheet_get_contacts (current);
  for (guint i = 0; i < g_list_model_get_n_items (attached); i++)
    {
      g_autoptr(MadoIncidentContact) desk = g_list_model_get_item (attached, i);
      MadoContact *contact = mado_dataset_lookup_contact (dataset, mado_incident_contact_get_contact_id (desk));
      g_autoptr(MadoIncidentEntry) entry = NULL;
      g_autofree char *what = NULL;

      if (contact == NULL || !contact_has_number (contact, text))
        continue;
      entry = mado_incident_entry_new (MADO_INCIDENT_ENTRY_CALL, NULL, NULL);
      /* Translators: a timeline line written when a desk's number is copied; %s is the number. */
      what = g_strdup_printf (_("Number copied to call: %s"), text);
      mado_incident_entry_set_text (entry, what);
      mado_incident_entry_set_who (entry, mado_incident_contact_get_name (desk));
      mado_incident_sheet_add_entry (current, entry);
      return TRUE;
    }
  return FALSE;
}
