/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-own-contact.h"

G_BEGIN_DECLS

/* Changes are on disk at most this long after they were made. */
#define MADO_OWN_CONTACTS_SAVE_DELAY_MS 500
#define MADO_OWN_CONTACTS_FILE_NAME "own-contacts.json"

#define MADO_OWN_CONTACTS_ERROR (mado_own_contacts_error_quark ())

/* What the person at the desk must be told about the file of own contacts. */
typedef enum
{
  /* The file could not be read; it was set aside and kept. */
  MADO_OWN_CONTACTS_ERROR_CORRUPT,
  /* The file could neither be read nor set aside: saving is off. */
  MADO_OWN_CONTACTS_ERROR_UNREADABLE,
  /* Writing failed; the previous file is unchanged. */
  MADO_OWN_CONTACTS_ERROR_WRITE_FAILED,
  /* A file to import is not a valid file of own contacts. */
  MADO_OWN_CONTACTS_ERROR_INVALID,
  /* Another copy of the app keeps the files: nothing is saved. */
  MADO_OWN_CONTACTS_ERROR_READ_ONLY,
} MadoOwnContactsError;

GQuark mado_own_contacts_error_quark (void);

#define MADO_TYPE_OWN_CONTACTS (mado_own_contacts_get_type ())

G_DECLARE_FINAL_TYPE (MadoOwnContacts, mado_own_contacts, MADO, OWN_CONTACTS, GObject)

MadoOwnContacts *mado_own_contacts_new                (const char         *directory,
                                                       const char * const *situations);
MadoOwnContacts *mado_own_contacts_new_organisation   (const char         *directory,
                                                       const char * const *situations);
void             mado_own_contacts_set_organisation   (MadoOwnContacts    *self,
                                                       MadoOwnContacts    *organisation);
MadoOwnContacts *mado_own_contacts_get_organisation   (MadoOwnContacts    *self);
const char      *mado_own_contacts_get_path           (MadoOwnContacts    *self);
gboolean         mado_own_contacts_load               (MadoOwnContacts    *self,
                                                       GError            **error);
const GError    *mado_own_contacts_get_load_error     (MadoOwnContacts    *self);
const char      *mado_own_contacts_get_set_aside_path (MadoOwnContacts    *self);
void             mado_own_contacts_set_read_only      (MadoOwnContacts    *self,
                                                       gboolean            read_only);
gboolean         mado_own_contacts_is_read_only       (MadoOwnContacts    *self);
gboolean         mado_own_contacts_flush              (MadoOwnContacts    *self,
                                                       GError            **error);
gboolean         mado_own_contacts_has_unsaved_changes (MadoOwnContacts   *self);

/* The list, in the desk's order (also a GListModel of MadoOwnContact). */
guint            mado_own_contacts_get_n              (MadoOwnContacts    *self);
MadoOwnContact  *mado_own_contacts_get                (MadoOwnContacts    *self,
                                                       guint               index);
MadoOwnContact  *mado_own_contacts_lookup             (MadoOwnContacts    *self,
                                                       const char         *id);
void             mado_own_contacts_add                (MadoOwnContacts    *self,
                                                       MadoOwnContact     *contact);
void             mado_own_contacts_insert             (MadoOwnContacts    *self,
                                                       guint               position,
                                                       MadoOwnContact     *contact);
guint            mado_own_contacts_remove             (MadoOwnContacts    *self,
                                                       MadoOwnContact     *contact);
void             mado_own_contacts_move               (MadoOwnContacts    *self,
                                                       MadoOwnContact     *contact,
                                                       guint               position);
GPtrArray       *mado_own_contacts_for_situation      (MadoOwnContacts    *self,
                                                       const char         *situation);
MadoOwnContact  *mado_own_contacts_get_call_first     (MadoOwnContacts    *self,
                                                       const char         *situation);

gboolean         mado_own_contacts_import             (MadoOwnContacts    *self,
                                                       GFile              *file,
                                                       guint              *n_added,
                                                       guint              *n_updated,
                                                       GError            **error);
gboolean         mado_own_contacts_export             (MadoOwnContacts    *self,
                                                       GFile              *file,
                                                       GError            **error);

gboolean         mado_own_contacts_import_into_folder (const char         *directory,
                                                       const char * const *situations,
                                                       GFile              *file,
                                                       guint              *n_added,
                                                       guint              *n_updated,
                                                       GError            **error);
gboolean         mado_own_contacts_export_folder      (const char         *directory,
                                                       GFile              *file,
                                                       guint              *n_contacts,
                                                       GError            **error);

G_END_DECLS
