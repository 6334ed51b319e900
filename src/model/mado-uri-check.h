/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Why an address is refused. The dataset loader and the URI opener both ask
 * mado_uri_check(), so what the build accepts is exactly what can be opened. */
typedef enum
{
  MADO_URI_PROBLEM_NONE,
  MADO_URI_PROBLEM_SCHEME,
  MADO_URI_PROBLEM_SYNTAX,
  MADO_URI_PROBLEM_CHARACTERS,
  MADO_URI_PROBLEM_USER_INFO,
  MADO_URI_PROBLEM_HOST,
  MADO_URI_PROBLEM_MIXED_SCRIPT,
  MADO_URI_PROBLEM_MAIL,
} MadoUriProblem;

MadoUriProblem  mado_uri_check                (const char     *uri);
const char     *mado_uri_problem_describe     (MadoUriProblem  problem);
char           *mado_uri_dup_printable        (const char     *uri);

G_END_DECLS
