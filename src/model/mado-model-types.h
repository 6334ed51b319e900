/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Who a contact serves, as its source says. */
typedef enum
{
  MADO_AUDIENCE_UNKNOWN,
  MADO_AUDIENCE_ORGANISATIONS,
  MADO_AUDIENCE_INDIVIDUALS,
  MADO_AUDIENCE_BOTH,
} MadoAudience;

/* How far a contact's facts can be trusted against the source page. */
typedef enum
{
  MADO_CONTACT_STATUS_AS_PUBLISHED,
  MADO_CONTACT_STATUS_UPDATED,
  MADO_CONTACT_STATUS_UNCONFIRMED,
} MadoContactStatus;

typedef enum
{
  MADO_LINK_KIND_SITE,
  MADO_LINK_KIND_FORM,
  MADO_LINK_KIND_GUIDE,
} MadoLinkKind;

typedef enum
{
  MADO_BLOCK_KIND_HEADING,
  MADO_BLOCK_KIND_PARAGRAPH,
  MADO_BLOCK_KIND_NOTE,
  MADO_BLOCK_KIND_DEFINITION,
  MADO_BLOCK_KIND_STEPS,
  MADO_BLOCK_KIND_LIST,
  MADO_BLOCK_KIND_LINKS,
  MADO_BLOCK_KIND_CONTACT,
  MADO_BLOCK_KIND_SECTION,
} MadoBlockKind;

typedef enum
{
  MADO_GUIDE_NODE_KIND_QUESTION,
  MADO_GUIDE_NODE_KIND_RESULT,
} MadoGuideNodeKind;

G_END_DECLS
