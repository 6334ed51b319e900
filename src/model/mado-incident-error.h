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
} MadoIncidentError;

GQuark mado_incident_error_quark (void);

G_END_DECLS
