/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-duty-private.h"
#include "mado-model-private.h"

/* A reporting duty that may follow an incident: to whom, when it applies
 * (the questions that must be answered yes, all of "requires" and one of
 * "requires_any"), its deadlines counted from the day the organisation
 * became aware, the form, and the law or guideline it comes from. It is
 * data: the dataset holds it, with the address and date of its source, and
 * the sheet shows it as a reminder, never as legal advice. */
struct _MadoDuty
{
  GObject parent_instance;

  char      *id;
  char      *authority;
  char      *name;
  char      *counting;
  char     **requires;      /* question ids */
  char     **requires_any;  /* question ids, or NULL */
  GPtrArray *stages;        /* MadoDutyStage */
  MadoLink  *form;
  MadoLink  *source;
};

G_DEFINE_FINAL_TYPE (MadoDuty, mado_duty, G_TYPE_OBJECT)

static const char * const table_fields[] = { "questions", "duties", NULL };
static const char * const question_fields[] = { "id", "text", NULL };
static const char * const duty_fields[] = {
  "id", "authority", "name", "requires", "requires_any", "stages", "counting", "form", "source", NULL
};
static const char * const stage_fields[] = { "label", "days", "days_max", "longer_if", "longer_days", NULL };

/* A year is more than any deadline a law sets for a report. */
#define MAX_DAYS 366

void
mado_duty_question_free (MadoDutyQuestion *question)
{
  if (question == NULL)
    return;
  g_free (question->id);
  g_free (question->text);
  g_free (question);
}

static void
stage_free (MadoDutyStage *stage)
{
  g_free (stage->label);
  g_free (stage->longer_if);
  g_free (stage);
}

static MadoDutyQuestion *
read_question (MadoJsonReader *reader,
               JsonNode       *node)
{
  JsonObject *object = mado_json_reader_object (reader, node, question_fields);
  MadoDutyQuestion *question;

  if (object == NULL)
    return NULL;
  question = g_new0 (MadoDutyQuestion, 1);
  question->id = mado_json_reader_id (reader, object, "id");
  question->text = mado_json_reader_text (reader, object, "text", TRUE, NULL);
  if (!mado_json_reader_failed (reader))
    mado_json_reader_register (reader, "question", question->id, question);
  if (mado_json_reader_failed (reader))
    g_clear_pointer (&question, mado_duty_question_free);
  return question;
}

/* A number of days between 1 and MAX_DAYS, or 0 after failing. */
static guint
read_days (MadoJsonReader *reader,
           JsonObject     *object,
           const char     *name)
{
  gint64 days = 0;
  gsize mark;

  if (!mado_json_reader_integer (reader, object, name, &days))
    return 0;
  if (days >= 1 && days <= MAX_DAYS)
    return (guint) days;
  mark = mado_json_reader_push_member (reader, name);
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE,
                         "a number of days from 1 to %d, not %" G_GINT64_FORMAT, MAX_DAYS, days);
  mado_json_reader_pop (reader, mark);
  return 0;
}

static void
read_range (MadoJsonReader *reader,
            JsonObject     *object,
            MadoDutyStage  *stage)
{
  gsize mark;

  if (!json_object_has_member (object, "days_max"))
    return;
  stage->days_max = read_days (reader, object, "days_max");
  if (mado_json_reader_failed (reader) || stage->days_max > stage->days)
    return;
  mark = mado_json_reader_push_member (reader, "days_max");
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE, "must be more than “days”");
  mado_json_reader_pop (reader, mark);
}

/* "longer_if" and "longer_days" come together, and longer means longer. */
static void
read_longer (MadoJsonReader *reader,
             JsonObject     *object,
             MadoDutyStage  *stage)
{
  MadoDutyQuestion *question;
  gsize mark;

  if (!json_object_has_member (object, "longer_if") && !json_object_has_member (object, "longer_days"))
    return;
  question = mado_json_reader_resolve (reader, "question", object, "longer_if");
  if (question == NULL)
    return;
  stage->longer_if = g_strdup (question->id);
  stage->longer_days = read_days (reader, object, "longer_days");
  if (mado_json_reader_failed (reader) || stage->longer_days > stage->days)
    return;
  mark = mado_json_reader_push_member (reader, "longer_days");
  mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_VALUE, "must be more than “days”");
  mado_json_reader_pop (reader, mark);
}

static MadoDutyStage *
read_stage (MadoJsonReader *reader,
            JsonNode       *node)
{
  JsonObject *object = mado_json_reader_object (reader, node, stage_fields);
  MadoDutyStage *stage;

  if (object == NULL)
    return NULL;
  stage = g_new0 (MadoDutyStage, 1);
  stage->label = mado_json_reader_text (reader, object, "label", TRUE, NULL);
  if (!mado_json_reader_failed (reader))
    stage->days = read_days (reader, object, "days");
  if (!mado_json_reader_failed (reader))
    read_range (reader, object, stage);
  if (!mado_json_reader_failed (reader))
    read_longer (reader, object, stage);
  if (mado_json_reader_failed (reader))
    g_clear_pointer (&stage, stage_free);
  return stage;
}

static GPtrArray *
read_stages (MadoJsonReader *reader,
             JsonObject     *object)
{
  JsonArray *array = mado_json_reader_array (reader, object, "stages", TRUE, 1);
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_free);
  gsize mark;

  if (array == NULL)
    return NULL;
  mark = mado_json_reader_push_member (reader, "stages");
  for (guint i = 0; i < json_array_get_length (array) && !mado_json_reader_failed (reader); i++)
    {
      gsize index_mark = mado_json_reader_push_index (reader, i);
      MadoDutyStage *stage = read_stage (reader, json_array_get_element (array, i));

      if (stage != NULL)
        g_ptr_array_add (stages, stage);
      mado_json_reader_pop (reader, index_mark);
    }
  mado_json_reader_pop (reader, mark);
  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&stages);
}

/* An array of question ids, each of which must be a question. */
static char **
read_question_ids (MadoJsonReader *reader,
                   JsonObject     *object,
                   const char     *name,
                   gboolean        required)
{
  JsonArray *array = mado_json_reader_array (reader, object, name, required, 1);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  gsize mark;

  if (array == NULL)
    return NULL;
  mark = mado_json_reader_push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array) && !mado_json_reader_failed (reader); i++)
    {
      MadoDutyQuestion *question = mado_json_reader_resolve_element (reader, "question", array, i);

      if (question != NULL)
        g_strv_builder_add (ids, question->id);
    }
  mado_json_reader_pop (reader, mark);
  return mado_json_reader_failed (reader) ? NULL : g_strv_builder_end (ids);
}

static MadoDuty *
read_duty (MadoJsonReader *reader,
           JsonNode       *node,
           GString        *unused)
{
  g_autoptr(MadoDuty) self = g_object_new (MADO_TYPE_DUTY, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, duty_fields);
  JsonNode *link;
  gsize mark;

  if (object == NULL)
    return NULL;
  self->id = mado_json_reader_id (reader, object, "id");
  self->authority = mado_json_reader_text (reader, object, "authority", TRUE, NULL);
  self->name = mado_json_reader_text (reader, object, "name", TRUE, NULL);
  self->counting = mado_json_reader_text (reader, object, "counting", TRUE, NULL);
  if (!mado_json_reader_failed (reader))
    self->requires = read_question_ids (reader, object, "requires", TRUE);
  if (!mado_json_reader_failed (reader))
    self->requires_any = read_question_ids (reader, object, "requires_any", FALSE);
  if (!mado_json_reader_failed (reader))
    self->stages = read_stages (reader, object);
  for (guint i = 0; i < 2 && !mado_json_reader_failed (reader); i++)
    {
      const char *name = i == 0 ? "form" : "source";
      MadoLink **target = i == 0 ? &self->form : &self->source;

      link = json_object_get_member (object, name);
      if (link == NULL)
        {
          mado_json_reader_fail (reader, MADO_DATASET_ERROR_MISSING_FIELD,
                                 "missing required field “%s”", name);
          break;
        }
      mark = mado_json_reader_push_member (reader, name);
      *target = mado_link_new_source_from_json (reader, link, NULL);
      mado_json_reader_pop (reader, mark);
    }
  if (!mado_json_reader_failed (reader))
    mado_json_reader_register (reader, "duty", self->id, self);
  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&self);
}

/* Reads the optional "reporting" member of the dataset's top object: the
 * questions first, as the duties refer to them. */
gboolean
mado_duty_read_table (MadoJsonReader  *reader,
                      JsonObject      *top,
                      GPtrArray      **questions,
                      GListModel     **duties)
{
  JsonNode *node = json_object_get_member (top, "reporting");
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_duty_question_free);
  JsonObject *table;
  JsonArray *array;
  gsize mark, list_mark;

  *questions = NULL;
  *duties = NULL;
  if (node == NULL)
    return TRUE;

  mark = mado_json_reader_push_member (reader, "reporting");
  table = mado_json_reader_object (reader, node, table_fields);
  array = table != NULL ? mado_json_reader_array (reader, table, "questions", TRUE, 1) : NULL;
  if (array != NULL)
    {
      list_mark = mado_json_reader_push_member (reader, "questions");
      for (guint i = 0; i < json_array_get_length (array) && !mado_json_reader_failed (reader); i++)
        {
          gsize index_mark = mado_json_reader_push_index (reader, i);
          MadoDutyQuestion *question = read_question (reader, json_array_get_element (array, i));

          if (question != NULL)
            g_ptr_array_add (read, question);
          mado_json_reader_pop (reader, index_mark);
        }
      mado_json_reader_pop (reader, list_mark);
    }
  if (!mado_json_reader_failed (reader))
    *duties = mado_json_reader_list (reader, table, "duties", TRUE, MADO_TYPE_DUTY,
                                     (MadoJsonReadFunc) read_duty, NULL);
  mado_json_reader_pop (reader, mark);
  if (mado_json_reader_failed (reader))
    {
      g_clear_object (duties);
      return FALSE;
    }
  *questions = g_steal_pointer (&read);
  return TRUE;
}

const char *
mado_duty_get_id (MadoDuty *self)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  return self->id;
}

const char *
mado_duty_get_authority (MadoDuty *self)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  return self->authority;
}

const char *
mado_duty_get_name (MadoDuty *self)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  return self->name;
}

/* How the days are counted, in words, as the source says it. */
const char *
mado_duty_get_counting (MadoDuty *self)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  return self->counting;
}

MadoLink *
mado_duty_get_form (MadoDuty *self)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  return self->form;
}

MadoLink *
mado_duty_get_source (MadoDuty *self)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  return self->source;
}

guint
mado_duty_get_n_stages (MadoDuty *self)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), 0);
  return self->stages->len;
}

const MadoDutyStage *
mado_duty_get_stage (MadoDuty *self,
                     guint     index)
{
  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  g_return_val_if_fail (index < self->stages->len, NULL);
  return g_ptr_array_index (self->stages, index);
}

static gboolean
answered_yes (const char * const *answers,
              const char         *question)
{
  return answers != NULL && question != NULL && g_strv_contains (answers, question);
}

/* Whether the duty applies when the questions in @answers (NULL-terminated
 * ids) are answered yes and every other is not. */
gboolean
mado_duty_applies (MadoDuty           *self,
                   const char * const *answers)
{
  gboolean any;

  g_return_val_if_fail (MADO_IS_DUTY (self), FALSE);

  for (guint i = 0; self->requires[i] != NULL; i++)
    if (!answered_yes (answers, self->requires[i]))
      return FALSE;
  if (self->requires_any == NULL)
    return TRUE;
  any = FALSE;
  for (guint i = 0; self->requires_any[i] != NULL && !any; i++)
    any = answered_yes (answers, self->requires_any[i]);
  return any;
}

/* Japan time, which the deadlines of Japanese law count in, whatever the
 * computer's own zone: a fixed UTC+9 (Japan has no summer time), so that
 * it needs no time zone database either. */
GTimeZone *
mado_duty_time_zone (void)
{
  return g_time_zone_new_offset (9 * 60 * 60);
}

static void
japan_date (GDateTime *time,
            GDate     *date)
{
  g_autoptr(GTimeZone) zone = mado_duty_time_zone ();
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, zone);
  int year, month, day;

  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* The deadlines of the duty for a sheet whose organisation became aware
 * at @aware_at, seen at @now (the clock is injected: tests set it), or
 * NULL when the duty does not apply. The day of becoming aware is day 1,
 * the earlier of the two ways a count of days can be read: a reminder
 * must not be late. */
GArray *
mado_duty_compute (MadoDuty           *self,
                   const char * const *answers,
                   GDateTime          *aware_at,
                   GDateTime          *now)
{
  GArray *dues;
  GDate start, today;

  g_return_val_if_fail (MADO_IS_DUTY (self), NULL);
  g_return_val_if_fail (aware_at != NULL && now != NULL, NULL);

  if (!mado_duty_applies (self, answers))
    return NULL;

  japan_date (aware_at, &start);
  japan_date (now, &today);
  dues = g_array_sized_new (FALSE, TRUE, sizeof (MadoDutyDue), self->stages->len);
  for (guint i = 0; i < self->stages->len; i++)
    {
      const MadoDutyStage *stage = g_ptr_array_index (self->stages, i);
      MadoDutyDue due = { .stage = stage };

      due.days = answered_yes (answers, stage->longer_if) ? stage->longer_days : stage->days;
      due.first = start;
      g_date_add_days (&due.first, due.days - 1);
      due.last = start;
      g_date_add_days (&due.last, MAX (due.days, stage->days_max) - 1);
      due.days_left = g_date_days_between (&today, &due.last);
      g_array_append_val (dues, due);
    }
  return dues;
}

static void
mado_duty_finalize (GObject *object)
{
  MadoDuty *self = MADO_DUTY (object);

  g_free (self->id);
  g_free (self->authority);
  g_free (self->name);
  g_free (self->counting);
  g_strfreev (self->requires);
  g_strfreev (self->requires_any);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_object (&self->form);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (mado_duty_parent_class)->finalize (object);
}

static void
mado_duty_class_init (MadoDutyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mado_duty_finalize;
}

static void
mado_duty_init (MadoDuty *self)
{
}
