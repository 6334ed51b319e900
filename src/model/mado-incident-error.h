/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MADO_INCIDENT_ERROR (mado_incident_error_quark ())

/* What can go wrong with the file of incident sheets. The messages are
 * written for the person at the desk: they say what happened to their
 * sheets and what to do. */
typedef enum
{
  /* The file could not be understood; it was set aside and kept. */
  MADO_INCIDENT_ERROR_CORRUPT,
  /* The file could neither be read nor set aside: saving is off so that it
   * is not overwritten. */
  MADO_INCIDENT_ERROR_UNREADABLE,
  /* Writing failed; the previous file is unchanged. */
  MADO_INCIDENT_ERROR_WRITE_FAILED,
  /* Some sheets could not be read: the file was set aside, the others are
   * loaded. */
  MADO_INCIDENT_ERROR_PARTLY_CORRUPT,
  /* Another copy of the app keeps the sheets: this one shows them and does
   * not save. */
  MADO_INCIDENT_ERROR_IN_USE,
  /* The folder of the sheets cannot be made or opened (a file is in its
   * place, say): nothing can be saved. */
  MADO_INCIDENT_ERROR_FOLDER_UNUSABLE,
  /* Not a failure: changes that a save cut short had left in a temporary
   * file were recovered. */
  MADO_INCIDENT_ERROR_RECOVERED,
} MadoIncidentError;

GQuark mado_incident_error_quark (void);

G_END_DECLS
