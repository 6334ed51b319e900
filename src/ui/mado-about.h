/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-about-facts.h"

G_BEGIN_DECLS

/* The facts of the About window, from the app's metainfo (MadoAboutFacts),
 * translated for the running language. */
typedef struct
{
  char       *name;
  char       *summary;
  char       *developer_name;
  char       *homepage;
  char       *bugtracker;
  char       *project_license;
  GtkLicense  license_type;
  char       *release_version;
  char       *release_date;
  char       *release_notes;
} MadoAboutInfo;

MadoAboutInfo *mado_about_info_new            (const MadoAboutFacts *facts);
void           mado_about_info_free           (MadoAboutInfo  *info);

GtkWidget     *mado_about_window_new          (GtkWindow      *parent,
                                               MadoAboutInfo  *info,
                                               const char     *source_line,
                                               GDateTime      *data_checked);
void           mado_about_present             (GtkWindow      *parent,
                                               const char     *source_line,
                                               GDateTime      *data_checked);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoAboutInfo, mado_about_info_free)

G_END_DECLS
