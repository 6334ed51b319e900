/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Whom an own contact is, in the order the roles are offered. */
typedef enum
{
  MADO_OWN_ROLE_CSIRT,
  MADO_OWN_ROLE_IT_VENDOR,
  MADO_OWN_ROLE_INSURER,
  MADO_OWN_ROLE_LAWYER,
  MADO_OWN_ROLE_MANAGEMENT,
  MADO_OWN_ROLE_POLICE_LIAISON,
  MADO_OWN_ROLE_OTHER,
  MADO_OWN_N_ROLES
} MadoOwnRole;

const char  *mado_own_role_to_string  (MadoOwnRole  role);
int          mado_own_role_from_string (const char  *name);
const char  *mado_own_role_get_label  (MadoOwnRole  role);

#define MADO_TYPE_OWN_CONTACT (mado_own_contact_get_type ())

G_DECLARE_FINAL_TYPE (MadoOwnContact, mado_own_contact, MADO, OWN_CONTACT, GObject)

MadoOwnContact     *mado_own_contact_new                (void);
MadoOwnContact     *mado_own_contact_copy               (MadoOwnContact     *self);
gboolean            mado_own_contact_equal              (MadoOwnContact     *a,
                                                         MadoOwnContact     *b);

const char         *mado_own_contact_get_id             (MadoOwnContact     *self);
MadoOwnRole         mado_own_contact_get_role           (MadoOwnContact     *self);
const char         *mado_own_contact_get_name           (MadoOwnContact     *self);
const char         *mado_own_contact_get_title          (MadoOwnContact     *self);
guint               mado_own_contact_get_n_phones       (MadoOwnContact     *self);
const char         *mado_own_contact_get_phone_number   (MadoOwnContact     *self,
                                                         guint               index);
const char         *mado_own_contact_get_phone_hours    (MadoOwnContact     *self,
                                                         guint               index);
const char         *mado_own_contact_get_first_number   (MadoOwnContact     *self);
const char         *mado_own_contact_get_email          (MadoOwnContact     *self);
const char         *mado_own_contact_get_reference      (MadoOwnContact     *self);
const char         *mado_own_contact_get_note           (MadoOwnContact     *self);
const char * const *mado_own_contact_get_situations     (MadoOwnContact     *self);
gboolean            mado_own_contact_is_for_every_situation (MadoOwnContact *self);
gboolean            mado_own_contact_has_situation      (MadoOwnContact     *self,
                                                         const char         *situation);

void                mado_own_contact_set_id             (MadoOwnContact     *self,
                                                         const char         *id);
void                mado_own_contact_set_role           (MadoOwnContact     *self,
                                                         MadoOwnRole         role);
void                mado_own_contact_set_name           (MadoOwnContact     *self,
                                                         const char         *name);
void                mado_own_contact_set_phone          (MadoOwnContact     *self,
                                                         guint               index,
                                                         const char         *number,
                                                         const char         *hours);
void                mado_own_contact_add_phone          (MadoOwnContact     *self,
                                                         const char         *number,
                                                         const char         *hours);
void                mado_own_contact_remove_phone       (MadoOwnContact     *self,
                                                         guint               index);
void                mado_own_contact_set_email          (MadoOwnContact     *self,
                                                         const char         *email);
void                mado_own_contact_set_reference      (MadoOwnContact     *self,
                                                         const char         *reference);
void                mado_own_contact_set_note           (MadoOwnContact     *self,
                                                         const char         *note);
void                mado_own_contact_set_situations     (MadoOwnContact     *self,
                                                         const char * const *situations);
void                mado_own_contact_set_situation      (MadoOwnContact     *self,
                                                         const char         *situation,
                                                         gboolean            tagged);

gboolean            mado_own_contact_is_shared          (MadoOwnContact     *self);
void                mado_own_contact_set_shared         (MadoOwnContact     *self,
                                                         gboolean            shared);

char               *mado_own_contact_get_search_text    (MadoOwnContact     *self);

G_END_DECLS
