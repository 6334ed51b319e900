/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-contact.h"
#include "mado-guide-node.h"
#include "mado-section.h"

G_BEGIN_DECLS

/* A section's or a contact's text in the dataset's language, folded for
 * matching, from which search cuts its snippets. Private to search; it
 * points into the item's strings, so the item must outlive it. */
typedef struct _MadoSearchText MadoSearchText;

MadoSearchText *mado_search_text_new_for_contact (MadoContact        *contact,
                                                  const char         *language);
MadoSearchText *mado_search_text_new_for_section (MadoSection        *section);
MadoSearchText *mado_search_text_new_for_guide_node (MadoGuideNode   *node);
void            mado_search_text_free            (MadoSearchText     *self);
char           *mado_search_text_dup_keys        (MadoSearchText     *self);
char           *mado_search_text_dup_numbers     (MadoSearchText     *self);
char           *mado_search_text_dup_snippet     (MadoSearchText     *self,
                                                  const char * const *words,
                                                  const char * const *numbers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoSearchText, mado_search_text_free)

G_END_DECLS
