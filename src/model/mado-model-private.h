/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-item-status.h"
#include "mado-json-reader.h"
#include "mado-validators.h"

#include "mado-block.h"
#include "mado-contact.h"
#include "mado-email.h"
#include "mado-guide-answer.h"
#include "mado-guide-node.h"
#include "mado-link.h"
#include "mado-phone.h"
#include "mado-schedule.h"
#include "mado-section.h"
#include "mado-situation.h"

G_BEGIN_DECLS

/* Each model class reads itself from the dataset's JSON. @collect gathers the
 * text (in every language) that search should find the object by. */
MadoPhone       *mado_phone_new_from_json        (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);
MadoSchedule    *mado_schedule_new_from_json     (MadoJsonReader *reader,
                                                  JsonObject     *parent,
                                                  const char     *name,
                                                  GString        *collect);
MadoLink        *mado_link_new_from_json         (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);
MadoLink        *mado_link_new_source_from_json  (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);
GDateTime       *mado_dated_read                 (MadoJsonReader *reader,
                                                  JsonObject     *object);
MadoEmail       *mado_email_new_from_json        (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);
MadoContact     *mado_contact_new_from_json      (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *unused);
MadoBlock       *mado_block_new_from_json        (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);
MadoSection     *mado_section_new_from_json      (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *unused);
MadoGuideAnswer *mado_guide_answer_new_from_json (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);
MadoGuideNode   *mado_guide_node_new_from_json   (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);
MadoSituation   *mado_situation_new_from_json    (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  GString        *collect);

/* A contact hands its status to the phones and links that give none. */
void             mado_phone_inherit_status       (MadoPhone         *self,
                                                  MadoContactStatus  status,
                                                  GDateTime         *checked,
                                                  const char        *change);
void             mado_link_inherit_status        (MadoLink          *self,
                                                  MadoContactStatus  status,
                                                  GDateTime         *checked,
                                                  const char        *change);

void             mado_section_set_parent         (MadoSection    *self,
                                                  MadoSection    *parent);

G_END_DECLS
