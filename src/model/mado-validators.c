/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-validators.h"

#include "mado-uri-check.h"

#include <string.h>

/* Ids are referenced from other parts of the dataset and stored in settings, so
 * they stay plain: lower-case ASCII letters, digits and '-'. */
gboolean
mado_id_is_valid (const char *id)
{
  g_return_val_if_fail (id != NULL, FALSE);

  if (*id == '\0' || *id == '-')
    return FALSE;

  for (const char *c = id; *c; c++)
    if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
      return FALSE;

  return TRUE;
}

/* Numbers are kept as the source writes them ("03-5978-7509", "188", "#9110"):
 * anything else would not be a number a person can dial. */
gboolean
mado_phone_number_is_valid (const char *number)
{
  gboolean has_digit = FALSE;

  g_return_val_if_fail (number != NULL, FALSE);

  for (const char *c = number; *c; c++)
    {
      if (g_ascii_isdigit (*c))
        has_digit = TRUE;
      else if (strchr ("-#+() ", *c) == NULL)
        return FALSE;
    }

  return has_digit;
}

gboolean
mado_email_address_is_valid (const char *address)
{
  const char *at;

  g_return_val_if_fail (address != NULL, FALSE);

  at = strchr (address, '@');
  if (at == NULL || at == address || at[1] == '\0' || strchr (at + 1, '@') != NULL)
    return FALSE;
  if (strchr (at + 1, '.') == NULL)
    return FALSE;

  for (const char *c = address; *c; c++)
    if (!g_ascii_isgraph (*c) || strchr ("<>()[],;:\\\"", *c) != NULL)
      return FALSE;

  return TRUE;
}

gboolean
mado_date_is_valid (const char *date)
{
  static const char shape[] = "dddd-dd-dd";
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (strlen (date) != strlen (shape))
    return FALSE;
  for (guint i = 0; shape[i]; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (date[i]) : date[i] != shape[i])
      return FALSE;

  year = (guint) g_ascii_strtoull (date, NULL, 10);
  month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (date + 8, NULL, 10);

  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Kept for the callers that only ask yes or no: the whole check of
 * mado-uri-check.c, not only the scheme. */
gboolean
mado_uri_scheme_is_allowed (const char *uri)
{
  g_return_val_if_fail (uri != NULL, FALSE);

  return mado_uri_check (uri) == MADO_URI_PROBLEM_NONE;
}
