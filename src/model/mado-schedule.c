/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mado-model-private.h"
#include "mado-schedule.h"

/* When a number answers, as its source gives it, in Japan time: around the
 * clock, time ranges per weekday (with a lunch break as two ranges), closed
 * or not on national holidays and over the new year (12/29–1/3, the days
 * the government's offices close), or unknown. A free-text remark keeps what
 * does not fit; the source says where the hours come from. */
struct _MadoSchedule
{
  GObject parent_instance;

  MadoScheduleKind  kind;
  GArray           *ranges[7];   /* per weekday, Monday first: pairs of minutes */
  gboolean          closed_holidays;
  gboolean          closed_year_end;
  gboolean          unknown_year_end;
  char             *remark;
  char             *source;
};

G_DEFINE_FINAL_TYPE (MadoSchedule, mado_schedule, G_TYPE_OBJECT)

#define MINUTES_PER_DAY (24 * 60)
/* How far ahead "opens on …" looks: past the longest closure a desk of the
 * dataset has (Golden Week, the new year) with room to spare. */
#define LOOK_AHEAD_DAYS 14

static const char * const fields[] = { "kind", "weekly", "closed", "remark", "source", NULL };
static const char * const rule_fields[] = { "days", "times", NULL };
static const char * const kind_names[] = { "unknown", "always", "weekly", NULL };
static const char * const day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };

/* Japan time. Japan has not observed daylight saving time since 1951, so a
 * fixed +09:00 offset is exact; it also works where the tz database is
 * missing (a minimal system, a sandbox without tzdata), where
 * g_time_zone_new_identifier ("Asia/Tokyo") would fail. */
GDateTime *
mado_japan_time (GDateTime *time)
{
  g_autoptr(GTimeZone) japan = g_time_zone_new_offset (9 * 3600);

  g_return_val_if_fail (time != NULL, NULL);
  return g_date_time_to_timezone (time, japan);
}

/* "2026-12-02 16:05 JST" in any language: a time a reader elsewhere can
 * convert. */
char *
mado_format_japan_time (GDateTime *time)
{
  g_autoptr(GDateTime) japan = mado_japan_time (time);

  return g_date_time_format (japan, "%Y-%m-%d %H:%M JST");
}

static gboolean
parse_time (const char *text,
            int        *minutes)
{
  guint hour, minute;
  char end;

  if (strlen (text) != 5 || sscanf (text, "%2u:%2u%c", &hour, &minute, &end) != 2)
    return FALSE;
  if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
    return FALSE;
  *minutes = (int) (hour * 60 + minute);
  return TRUE;
}

/* "09:00-17:15": the end after the start; 24:00 is the end of the day. */
static gboolean
parse_range (const char *text,
             int        *start,
             int        *end)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);

  return g_strv_length (parts) == 2
         && parse_time (parts[0], start) && parse_time (parts[1], end)
         && *start < *end;
}

/* Fails the reader at element @index of the array being read. */
static void
fail_element (MadoJsonReader *reader,
              guint           index,
              const char     *message)
{
  gsize mark = mado_json_reader_push_index (reader, index);

  mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE, "%s", message);
  mado_json_reader_pop (reader, mark);
}

static const char *
element_string (MadoJsonReader *reader,
                JsonArray      *array,
                guint           index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  fail_element (reader, index, "expected a string");
  return NULL;
}

/* The times of one rule, in order and apart: "10:00-12:00", "13:30-17:00". */
static GArray *
read_times (MadoJsonReader *reader,
            JsonObject     *rule)
{
  JsonArray *times = mado_json_reader_array (reader, rule, "times", TRUE, 1);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (int));
  gsize mark;

  if (times == NULL)
    return NULL;
  mark = mado_json_reader_push_member (reader, "times");
  for (guint i = 0; i < json_array_get_length (times) && !mado_json_reader_failed (reader); i++)
    {
      const char *text = element_string (reader, times, i);
      int start, end;

      if (text == NULL)
        break;
      if (!parse_range (text, &start, &end))
        {
          g_autofree char *message = g_strdup_printf ("“%s” is not a time range such as “09:00-17:15”", text);
          fail_element (reader, i, message);
        }
      else if (ranges->len > 0 && start <= g_array_index (ranges, int, ranges->len - 1))
        {
          g_autofree char *message = g_strdup_printf ("“%s” does not start after the range before it", text);
          fail_element (reader, i, message);
        }
      else
        {
          g_array_append_val (ranges, start);
          g_array_append_val (ranges, end);
        }
    }
  mado_json_reader_pop (reader, mark);
  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&ranges);
}

static gboolean
read_days (MadoSchedule   *self,
           MadoJsonReader *reader,
           JsonObject     *rule,
           GArray         *ranges)
{
  JsonArray *days = mado_json_reader_array (reader, rule, "days", TRUE, 1);
  gsize mark;

  if (days == NULL)
    return FALSE;
  mark = mado_json_reader_push_member (reader, "days");
  for (guint i = 0; i < json_array_get_length (days) && !mado_json_reader_failed (reader); i++)
    {
      const char *name = element_string (reader, days, i);
      int day = -1;

      for (int d = 0; name != NULL && day_names[d] != NULL; d++)
        if (g_str_equal (name, day_names[d]))
          day = d;
      if (name == NULL)
        break;
      if (day < 0)
        {
          g_autofree char *message = g_strdup_printf ("“%s” is not a day (mon, tue, wed, thu, fri, sat or sun)", name);
          fail_element (reader, i, message);
        }
      else if (self->ranges[day] != NULL)
        {
          g_autofree char *message = g_strdup_printf ("“%s” is already given by an earlier rule", name);
          fail_element (reader, i, message);
        }
      else
        self->ranges[day] = g_array_ref (ranges);
    }
  mado_json_reader_pop (reader, mark);
  return !mado_json_reader_failed (reader);
}

static void
read_weekly (MadoSchedule   *self,
             MadoJsonReader *reader,
             JsonObject     *object)
{
  JsonArray *rules = mado_json_reader_array (reader, object, "weekly", TRUE, 1);
  gsize mark;

  if (rules == NULL)
    return;
  mark = mado_json_reader_push_member (reader, "weekly");
  for (guint i = 0; i < json_array_get_length (rules) && !mado_json_reader_failed (reader); i++)
    {
      gsize item = mado_json_reader_push_index (reader, i);
      JsonObject *rule = mado_json_reader_object (reader, json_array_get_element (rules, i), rule_fields);
      g_autoptr(GArray) ranges = rule != NULL ? read_times (reader, rule) : NULL;

      if (ranges != NULL)
        read_days (self, reader, rule, ranges);
      mado_json_reader_pop (reader, item);
    }
  mado_json_reader_pop (reader, mark);
}

/* `closed`: "holidays" (national holidays), "year-end" (12/29–1/3), or
 * "year-end-unknown" where the source says the desk closes over the new
 * year without giving the days: those days are then unknown. */
static void
read_closed (MadoSchedule   *self,
             MadoJsonReader *reader,
             JsonObject     *object)
{
  JsonArray *closed;
  gsize mark;

  if (!json_object_has_member (object, "closed"))
    return;
  closed = mado_json_reader_array (reader, object, "closed", FALSE, 1);
  if (closed == NULL)
    return;
  mark = mado_json_reader_push_member (reader, "closed");
  for (guint i = 0; i < json_array_get_length (closed) && !mado_json_reader_failed (reader); i++)
    {
      const char *name = element_string (reader, closed, i);

      if (name == NULL)
        break;
      if (g_str_equal (name, "holidays"))
        self->closed_holidays = TRUE;
      else if (g_str_equal (name, "year-end"))
        self->closed_year_end = TRUE;
      else if (g_str_equal (name, "year-end-unknown"))
        self->unknown_year_end = TRUE;
      else
        {
          g_autofree char *message = g_strdup_printf ("“%s” is not “holidays”, “year-end” or “year-end-unknown”", name);
          fail_element (reader, i, message);
        }
    }
  mado_json_reader_pop (reader, mark);
}

/* Only a weekly schedule has rules and closures: "always" with a closed day
 * or "unknown" with times would contradict itself. */
static void
check_kind (MadoSchedule   *self,
            MadoJsonReader *reader,
            JsonObject     *object)
{
  if (self->kind == MADO_SCHEDULE_WEEKLY)
    {
      read_weekly (self, reader, object);
      if (!mado_json_reader_failed (reader))
        read_closed (self, reader, object);
      return;
    }
  if (json_object_has_member (object, "weekly") || json_object_has_member (object, "closed"))
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE,
                           "“weekly” and “closed” belong to a schedule of kind “weekly” only");
}

/* Reads the optional member @name of @object (a phone or a form link);
 * NULL when it is absent or after failing the reader. */
MadoSchedule *
mado_schedule_new_from_json (MadoJsonReader *reader,
                             JsonObject     *parent,
                             const char     *name,
                             GString        *collect)
{
  g_autoptr(MadoSchedule) self = NULL;
  JsonObject *object;
  gsize mark;

  if (!json_object_has_member (parent, name))
    return NULL;

  self = g_object_new (MADO_TYPE_SCHEDULE, NULL);
  mark = mado_json_reader_push_member (reader, name);
  object = mado_json_reader_object (reader, json_object_get_member (parent, name), fields);
  if (object != NULL)
    self->kind = (MadoScheduleKind) mado_json_reader_enum (reader, object, "kind", kind_names);
  if (!mado_json_reader_failed (reader))
    check_kind (self, reader, object);
  if (!mado_json_reader_failed (reader))
    self->remark = mado_json_reader_text (reader, object, "remark", FALSE, collect);
  if (!mado_json_reader_failed (reader))
    self->source = mado_json_reader_text (reader, object, "source", TRUE, collect);
  mado_json_reader_pop (reader, mark);

  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&self);
}

MadoScheduleKind
mado_schedule_get_kind (MadoSchedule *self)
{
  g_return_val_if_fail (MADO_IS_SCHEDULE (self), MADO_SCHEDULE_UNKNOWN);
  return self->kind;
}

const char *
mado_schedule_get_remark (MadoSchedule *self)
{
  g_return_val_if_fail (MADO_IS_SCHEDULE (self), NULL);
  return self->remark;
}

const char *
mado_schedule_get_source (MadoSchedule *self)
{
  g_return_val_if_fail (MADO_IS_SCHEDULE (self), NULL);
  return self->source;
}

/* Whether what it shows can change as time passes: only weekly hours do. */
gboolean
mado_schedule_needs_clock (MadoSchedule *self)
{
  g_return_val_if_fail (MADO_IS_SCHEDULE (self), FALSE);
  return self->kind == MADO_SCHEDULE_WEEKLY;
}

static gboolean
is_year_end (const GDate *date)
{
  GDateMonth month = g_date_get_month (date);
  GDateDay day = g_date_get_day (date);

  return (month == G_DATE_DECEMBER && day >= 29) || (month == G_DATE_JANUARY && day <= 3);
}

/* The day's ranges, an empty array for a closed day, or NULL when nobody can
 * tell (a holiday-bound desk on a day past the holiday table). */
static GArray *
day_ranges (MadoSchedule *self,
            MadoHolidays *holidays,
            const GDate  *date,
            GArray       *none)
{
  if (self->closed_year_end && is_year_end (date))
    return none;
  if (self->unknown_year_end && is_year_end (date))
    return NULL;
  if (self->closed_holidays)
    {
      MadoDayKind kind = mado_holidays_classify (holidays, date);

      if (kind == MADO_DAY_UNKNOWN)
        return NULL;
      if (kind == MADO_DAY_HOLIDAY)
        return none;
    }
  return self->ranges[g_date_get_weekday (date) - 1] ?: none;
}

static void
set_opens (MadoOpenState *state,
           int            in_days,
           int            at,
           const GDate   *date)
{
  state->kind = MADO_OPEN_CLOSED;
  state->opens_in = in_days;
  state->opens_at = at;
  state->opens_day = date != NULL ? g_date_get_weekday (date) : G_DATE_BAD_WEEKDAY;
}

/* Closed at @minute of @today: when it opens next, within the look-ahead,
 * if the holiday table can tell. */
static void
find_opening (MadoSchedule  *self,
              MadoHolidays  *holidays,
              GDate         *today,
              GArray        *ranges,
              int            minute,
              MadoOpenState *state)
{
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (int));
  GDate date = *today;

  for (guint i = 0; i < ranges->len; i += 2)
    if (g_array_index (ranges, int, i) > minute)
      {
        set_opens (state, 0, g_array_index (ranges, int, i), today);
        return;
      }

  for (int days = 1; days <= LOOK_AHEAD_DAYS; days++)
    {
      GArray *next;

      g_date_add_days (&date, 1);
      next = day_ranges (self, holidays, &date, none);
      if (next == NULL)
        break;
      if (next->len > 0)
        {
          set_opens (state, days, g_array_index (next, int, 0), &date);
          return;
        }
    }
  set_opens (state, -1, 0, NULL);
}

static void
evaluate_weekly (MadoSchedule  *self,
                 MadoHolidays  *holidays,
                 GDateTime     *japan,
                 MadoOpenState *state)
{
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (int));
  int minute = g_date_time_get_hour (japan) * 60 + g_date_time_get_minute (japan);
  GDate today;
  GArray *ranges;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (japan),
                  g_date_time_get_month (japan), g_date_time_get_year (japan));
  ranges = day_ranges (self, holidays, &today, none);
  if (ranges == NULL)
    return;

  for (guint i = 0; i < ranges->len; i += 2)
    if (g_array_index (ranges, int, i) <= minute && minute < g_array_index (ranges, int, i + 1))
      {
        state->kind = MADO_OPEN_OPEN;
        state->until = g_array_index (ranges, int, i + 1);
        return;
      }
  find_opening (self, holidays, &today, ranges, minute, state);
}

/**
 * mado_schedule_evaluate:
 * @holidays: the national holidays
 * @now: the moment, in any time zone: it is read in Japan time
 *
 * Fills @state with whether the desk answers at @now and, if not, when it
 * opens. Unknown hours stay unknown; so does a day past the holiday table for
 * a desk closed on holidays.
 */
void
mado_schedule_evaluate (MadoSchedule  *self,
                        MadoHolidays  *holidays,
                        GDateTime     *now,
                        MadoOpenState *state)
{
  g_autoptr(GDateTime) japan = NULL;

  g_return_if_fail (MADO_IS_SCHEDULE (self));
  g_return_if_fail (holidays != NULL && now != NULL && state != NULL);

  *state = (MadoOpenState) { .kind = MADO_OPEN_UNKNOWN, .opens_in = -1 };
  if (self->kind == MADO_SCHEDULE_ALWAYS)
    {
      state->kind = MADO_OPEN_OPEN;
      state->always = TRUE;
      return;
    }
  if (self->kind == MADO_SCHEDULE_UNKNOWN)
    return;

  japan = mado_japan_time (now);
  evaluate_weekly (self, holidays, japan, state);
}

/**
 * mado_schedule_next_change:
 * @now: the moment
 *
 * Returns: (transfer full) (nullable): the next moment, after @now, at which
 * what mado_open_state_format() says may change (an opening or closing
 * time, or midnight in Japan, when "tomorrow" becomes "today"); %NULL for
 * hours that never change.
 */
GDateTime *
mado_schedule_next_change (MadoSchedule *self,
                           MadoHolidays *holidays,
                           GDateTime    *now)
{
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GDateTime) japan = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  int minute, next = MINUTES_PER_DAY;
  GArray *ranges;
  GDate today;

  g_return_val_if_fail (MADO_IS_SCHEDULE (self), NULL);
  g_return_val_if_fail (holidays != NULL && now != NULL, NULL);

  if (self->kind != MADO_SCHEDULE_WEEKLY)
    return NULL;
  japan = mado_japan_time (now);
  minute = g_date_time_get_hour (japan) * 60 + g_date_time_get_minute (japan);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (japan),
                  g_date_time_get_month (japan), g_date_time_get_year (japan));
  ranges = day_ranges (self, holidays, &today, none);
  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    if (g_array_index (ranges, int, i) > minute)
      next = MIN (next, g_array_index (ranges, int, i));

  midnight = g_date_time_add_full (japan, 0, 0, 0, -g_date_time_get_hour (japan),
                                   -g_date_time_get_minute (japan), -g_date_time_get_seconds (japan));
  return g_date_time_add_minutes (midnight, next);
}

static char *
format_minutes (int minutes)
{
  return g_strdup_printf ("%d:%02d", minutes / 60, minutes % 60);
}

static const char *
weekday_name (GDateWeekday day)
{
  switch (day)
    {
    /* Translators: a short weekday, in "Closed, opens Mon 8:30". */
    case G_DATE_MONDAY: return C_("weekday", "Mon");
    case G_DATE_TUESDAY: return C_("weekday", "Tue");
    case G_DATE_WEDNESDAY: return C_("weekday", "Wed");
    case G_DATE_THURSDAY: return C_("weekday", "Thu");
    case G_DATE_FRIDAY: return C_("weekday", "Fri");
    case G_DATE_SATURDAY: return C_("weekday", "Sat");
    case G_DATE_SUNDAY: return C_("weekday", "Sun");
    case G_DATE_BAD_WEEKDAY:
    default: return "";
    }
}

static char *
format_closed (const MadoOpenState *state)
{
  g_autofree char *time = NULL;

  if (state->opens_in < 0)
    /* Translators: a desk that does not answer now, and the holiday table cannot say when it opens. */
    return g_strdup (_("Closed"));
  time = format_minutes (state->opens_at);
  if (state->opens_in == 0)
    /* Translators: a desk closed now (a lunch break); %s is a time such as 13:30. */
    return g_strdup_printf (_("Closed, opens at %s"), time);
  if (state->opens_in == 1)
    /* Translators: a desk closed now; %s is a time such as 8:30. */
    return g_strdup_printf (_("Closed, opens tomorrow %s"), time);
  /* Translators: a desk closed now; the first %s is a short weekday, the second a time: "Closed, opens Mon 8:30". */
  return g_strdup_printf (_("Closed, opens %s %s"), weekday_name (state->opens_day), time);
}

/* One short line: "Open until 17:15", "Closed, opens Mon 8:30", "Open 24
 * hours", "Hours unknown". */
char *
mado_open_state_format (const MadoOpenState *state)
{
  g_autofree char *time = NULL;

  g_return_val_if_fail (state != NULL, NULL);

  switch (state->kind)
    {
    case MADO_OPEN_OPEN:
      if (state->always)
        /* Translators: a number that answers around the clock. */
        return g_strdup (_("Open 24 hours"));
      time = format_minutes (state->until);
      /* Translators: a desk that answers now; %s is its closing time, such as 17:15. */
      return g_strdup_printf (_("Open until %s"), time);
    case MADO_OPEN_CLOSED:
      return format_closed (state);
    case MADO_OPEN_UNKNOWN:
    default:
      /* Translators: the source gives no hours for a number, or the holiday table ends before today. */
      return g_strdup (_("Hours unknown"));
    }
}

static void
mado_schedule_finalize (GObject *object)
{
  MadoSchedule *self = MADO_SCHEDULE (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->ranges); i++)
    g_clear_pointer (&self->ranges[i], g_array_unref);
  g_free (self->remark);
  g_free (self->source);

  G_OBJECT_CLASS (mado_schedule_parent_class)->finalize (object);
}

static void
mado_schedule_class_init (MadoScheduleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mado_schedule_finalize;
}

static void
mado_schedule_init (MadoSchedule *self)
{
}
