/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <json-glib/json-glib.h>

#include "mado-holidays.h"

/* Japan's national holidays, from the table build-aux/update-holidays writes
 * from the Cabinet Office's list. The table covers whole years: a day past
 * its end is unknown, because a desk closed on holidays may or may not
 * answer then, and the app must not say it does. */
struct _MadoHolidays
{
  GHashTable *days;      /* Julian day numbers of the holidays */
  GDate       first_day;
  GDate       last_day;
  GDate       checked;
  char       *source;
};

#define HOLIDAYS_RESOURCE RESOURCE_BASE "/holidays.json"

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year, month, day;
  char end;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
fail (GError    **error,
      const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "The holiday table is damaged (%s): run build-aux/update-holidays again", what);
  return FALSE;
}

static gboolean
read_days (MadoHolidays *self,
           JsonObject   *days,
           GError      **error)
{
  g_autoptr(GList) names = json_object_get_members (days);

  for (GList *l = names; l != NULL; l = l->next)
    {
      GDate date;

      if (!parse_date (l->data, &date)
          || g_date_compare (&date, &self->first_day) < 0
          || g_date_compare (&date, &self->last_day) > 0)
        return fail (error, l->data);
      g_hash_table_add (self->days, GUINT_TO_POINTER (g_date_get_julian (&date)));
    }
  return TRUE;
}

static gboolean
read_table (MadoHolidays *self,
            JsonNode     *root,
            GError      **error)
{
  JsonObject *object;
  JsonNode *days;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, "not an object");
  object = json_node_get_object (root);
  if (!parse_date (json_object_get_string_member_with_default (object, "first_day", NULL), &self->first_day)
      || !parse_date (json_object_get_string_member_with_default (object, "last_day", NULL), &self->last_day)
      || !parse_date (json_object_get_string_member_with_default (object, "checked", NULL), &self->checked)
      || g_date_compare (&self->first_day, &self->last_day) > 0)
    return fail (error, "first_day, last_day or checked");
  self->source = g_strdup (json_object_get_string_member_with_default (object, "source", NULL));
  days = json_object_get_member (object, "holidays");
  if (self->source == NULL || days == NULL || !JSON_NODE_HOLDS_OBJECT (days))
    return fail (error, "source or holidays");
  return read_days (self, json_node_get_object (days), error);
}

MadoHolidays *
mado_holidays_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(MadoHolidays) self = g_new0 (MadoHolidays, 1);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  self->days = g_hash_table_new (NULL, NULL);
  if (!json_parser_load_from_data (parser, data, size, error))
    return NULL;
  if (!read_table (self, json_parser_get_root (parser), error))
    return NULL;
  return g_steal_pointer (&self);
}

/* The bundled table, read once. It is part of the build, so a damaged one is
 * a programming error; an empty table then makes every holiday-bound desk
 * "hours unknown", which is safe. */
MadoHolidays *
mado_holidays_get_default (void)
{
  static MadoHolidays *table;

  if (g_once_init_enter (&table))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (HOLIDAYS_RESOURCE,
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      MadoHolidays *loaded = bytes != NULL ? mado_holidays_new_from_bytes (bytes, &error) : NULL;

      if (loaded == NULL)
        {
          g_critical ("%s: %s", HOLIDAYS_RESOURCE, error->message);
          loaded = g_new0 (MadoHolidays, 1);
          loaded->days = g_hash_table_new (NULL, NULL);
          g_date_clear (&loaded->first_day, 1);
          g_date_clear (&loaded->last_day, 1);
          g_date_clear (&loaded->checked, 1);
        }
      g_once_init_leave (&table, loaded);
    }
  return table;
}

void
mado_holidays_free (MadoHolidays *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->days, g_hash_table_unref);
  g_free (self->source);
  g_free (self);
}

MadoDayKind
mado_holidays_classify (MadoHolidays *self,
                        const GDate  *date)
{
  g_return_val_if_fail (self != NULL, MADO_DAY_UNKNOWN);
  g_return_val_if_fail (g_date_valid (date), MADO_DAY_UNKNOWN);

  if (!g_date_valid (&self->first_day)
      || g_date_compare (date, &self->first_day) < 0
      || g_date_compare (date, &self->last_day) > 0)
    return MADO_DAY_UNKNOWN;
  if (g_hash_table_contains (self->days, GUINT_TO_POINTER (g_date_get_julian (date))))
    return MADO_DAY_HOLIDAY;
  return MADO_DAY_ORDINARY;
}

/* The last day the table can speak for (invalid for an empty table). */
const GDate *
mado_holidays_get_last_day (MadoHolidays *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->last_day;
}

const char *
mado_holidays_get_source (MadoHolidays *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

const GDate *
mado_holidays_get_checked (MadoHolidays *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->checked;
}
