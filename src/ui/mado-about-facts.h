/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One piece of the newest release's notes: "p" and "li" carry @msgid,
 * Pango markup with <em> and <code> kept; "ul", "ol", "/ul" and "/ol" open
 * and close a list. A piece with a NULL kind ends the array. */
typedef struct
{
  const char *kind;
  const char *msgid;
} MadoAboutNote;

/* The About window's facts as the metainfo states them, untranslated:
 * build-aux/about-facts generates mado_about_facts from the metainfo at
 * build time. */
typedef struct
{
  const char          *name;
  const char          *summary;
  const char          *developer_name;
  const char          *homepage;
  const char          *bugtracker;       /* may be NULL */
  const char          *project_license;  /* an SPDX expression */
  const char          *release_version;
  const char          *release_date;     /* YYYY-MM-DD, may be NULL */
  const MadoAboutNote *release_notes;
} MadoAboutFacts;

extern const MadoAboutFacts mado_about_facts;

G_END_DECLS
