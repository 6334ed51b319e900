/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "mado-json-reader.h"
#include "mado-model-types.h"

G_BEGIN_DECLS

/* How far one phone number or link can be trusted. Each may say so itself
 * (`status`, `checked`, `change` on the item); what it leaves out it takes from
 * its contact, so a contact whose facts all share one status says it once. */
typedef struct
{
  MadoContactStatus  status;
  GDateTime         *checked;
  char              *change;
  gboolean           own_status;
  gboolean           own_checked;
} MadoItemStatus;

/* The JSON names of MadoContactStatus, in its order. */
extern const char * const mado_status_names[];

gboolean mado_item_status_read    (MadoItemStatus    *self,
                                   MadoJsonReader    *reader,
                                   JsonObject        *object,
                                   GString           *collect);
void     mado_item_status_inherit (MadoItemStatus    *self,
                                   MadoContactStatus  status,
                                   GDateTime         *checked,
                                   const char        *change);
void     mado_item_status_clear   (MadoItemStatus    *self);

G_END_DECLS
