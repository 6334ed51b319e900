/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-search-text.h"

#include <string.h>

#include "mado-block.h"
#include "mado-email.h"
#include "mado-link.h"
#include "mado-phone.h"
#include "mado-search-normalizer.h"

/* What a person reads of a section or contact, field by field, each folded
 * with a map back to the original, so that a match found in the folded text
 * can be shown as written. Folding happens once, when the index is built;
 * cutting a snippet costs a few strstr() calls on one item. */

#define SNIPPET_CHARS 80
#define SNIPPET_CONTEXT_BEFORE 20

/* A piece of an item's text in the dataset's language, kept for snippets. */
typedef struct
{
  const char *text;       /* the model's string, or owned */
  char       *owned;
  char       *folded;
  guint32    *offsets;    /* for each byte of folded, its byte in text */
  char       *digits;     /* phone numbers only: as dialled */
  /* For a phone number, a URL or an e-mail address: where it ends in text
   * (a phone number's label follows it). Otherwise 0. */
  gsize       key_end;
} Field;

struct _MadoSearchText
{
  GArray     *fields;       /* of Field, in reading order */
  const char *description;  /* what a snippet shows when nothing else can */
};

static void
field_clear (gpointer data)
{
  Field *field = data;

  g_free (field->owned);
  g_free (field->folded);
  g_free (field->offsets);
  g_free (field->digits);
}

/* Returns the new field, or NULL if @text is empty. */
static Field *
add_field (GArray     *fields,
           const char *text,
           char       *owned)
{
  g_autoptr(GArray) offsets = NULL;
  Field field = { 0 };

  if (text == NULL || *text == '\0')
    {
      g_free (owned);
      return NULL;
    }

  offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  field.text = text;
  field.owned = owned;
  field.folded = mado_search_normalize (text, -1, offsets);
  field.offsets = (guint32 *) (void *) g_array_free (g_steal_pointer (&offsets), FALSE);
  g_array_append_val (fields, field);
  return &g_array_index (fields, Field, fields->len - 1);
}

static void
add_key_field (GArray     *fields,
               const char *text)
{
  Field *field = add_field (fields, text, NULL);

  if (field != NULL)
    field->key_end = strlen (text);
}

/* "0570-003-110（人権相談）": the number and what it is for, as one field, so a
 * snippet of a number says whose it is. */
static void
add_phone_field (GArray     *fields,
                 MadoPhone  *phone,
                 const char *language)
{
  const char *number = mado_phone_get_number (phone);
  const char *label = mado_phone_get_label (phone);
  gboolean ja = g_str_equal (language, "ja");
  char *text = label != NULL ? g_strconcat (number, ja ? "（" : " (", label, ja ? "）" : ")", NULL)
                             : g_strdup (number);
  Field *field = add_field (fields, text, text);

  field->digits = mado_search_normalize_digits (number);
  field->key_end = strlen (number);
}

static GArray *
new_fields (void)
{
  GArray *fields = g_array_new (FALSE, TRUE, sizeof (Field));

  g_array_set_clear_func (fields, field_clear);
  return fields;
}

static void
add_link_fields (GArray     *fields,
                 GListModel *links)
{
  for (guint i = 0; links != NULL && i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);

      add_field (fields, mado_link_get_label (link), NULL);
      add_key_field (fields, mado_link_get_url (link));
    }
}

/* In the order a person reads the card, the description first. The names
 * are left out: the row that shows the snippet already shows them. */
static GArray *
contact_fields (MadoContact *contact,
                const char  *language)
{
  GArray *fields = new_fields ();
  const char * const *notes = mado_contact_get_notes (contact);
  GListModel *phones = mado_contact_get_phones (contact);
  GListModel *emails = mado_contact_get_emails (contact);

  add_field (fields, mado_contact_get_handles (contact), NULL);
  for (guint i = 0; notes[i] != NULL; i++)
    add_field (fields, notes[i], NULL);
  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);

      add_phone_field (fields, phone, language);
      add_field (fields, mado_phone_get_hours (phone), NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (emails); i++)
    {
      g_autoptr(MadoEmail) email = g_list_model_get_item (emails, i);

      add_key_field (fields, mado_email_get_address (email));
      add_field (fields, mado_email_get_label (email), NULL);
    }
  add_link_fields (fields, mado_contact_get_links (contact));
  add_field (fields, mado_contact_get_hours (contact), NULL);
  add_field (fields, mado_contact_get_change (contact), NULL);

  return fields;
}

static void
add_block_fields (GArray    *fields,
                  MadoBlock *block)
{
  const char * const *items = mado_block_get_items (block);

  add_field (fields, mado_block_get_term (block), NULL);
  add_field (fields, mado_block_get_text (block), NULL);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    add_field (fields, items[i], NULL);
  add_field (fields, mado_block_get_title (block), NULL);
  add_link_fields (fields, mado_block_get_links (block));
}

static GArray *
section_fields (MadoSection *section)
{
  GArray *fields = new_fields ();
  GListModel *blocks = mado_section_get_blocks (section);

  add_field (fields, mado_section_get_summary (section), NULL);
  for (guint i = 0; blocks != NULL && i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(MadoBlock) block = g_list_model_get_item (blocks, i);

      add_block_fields (fields, block);
    }

  return fields;
}

/**
 * mado_search_text_new_for_contact:
 * @language: the dataset's language, for the brackets around a number's label
 */
MadoSearchText *
mado_search_text_new_for_contact (MadoContact *contact,
                                  const char  *language)
{
  MadoSearchText *self;

  g_return_val_if_fail (MADO_IS_CONTACT (contact), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  self = g_new0 (MadoSearchText, 1);
  self->fields = contact_fields (contact, language);
  self->description = mado_contact_get_handles (contact);
  return self;
}

MadoSearchText *
mado_search_text_new_for_section (MadoSection *section)
{
  MadoSearchText *self;

  g_return_val_if_fail (MADO_IS_SECTION (section), NULL);

  self = g_new0 (MadoSearchText, 1);
  self->fields = section_fields (section);
  self->description = mado_section_get_summary (section);
  return self;
}

/* A guide result: what to do first, the steps, what not to do. Its title is
 * what the row shows. */
MadoSearchText *
mado_search_text_new_for_guide_node (MadoGuideNode *node)
{
  MadoSearchText *self;
  const char * const *steps;
  const char * const *avoid;

  g_return_val_if_fail (MADO_IS_GUIDE_NODE (node), NULL);

  steps = mado_guide_node_get_steps (node);
  avoid = mado_guide_node_get_avoid (node);
  self = g_new0 (MadoSearchText, 1);
  self->fields = new_fields ();
  add_field (self->fields, mado_guide_node_get_urgent (node), NULL);
  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    add_field (self->fields, steps[i], NULL);
  for (guint i = 0; avoid != NULL && avoid[i] != NULL; i++)
    add_field (self->fields, avoid[i], NULL);
  self->description = mado_guide_node_get_urgent (node) != NULL ? mado_guide_node_get_urgent (node)
                                                                : steps[0];
  return self;
}

void
mado_search_text_free (MadoSearchText *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->fields, g_array_unref);
  g_free (self);
}

/* The phone numbers as dialled ("0570003110", "#9110"), '\n' between. */
char *
mado_search_text_dup_numbers (MadoSearchText *self)
{
  GString *digits;

  g_return_val_if_fail (self != NULL, NULL);

  digits = g_string_new (NULL);
  for (guint i = 0; i < self->fields->len; i++)
    {
      const Field *field = &g_array_index (self->fields, Field, i);

      if (field->digits == NULL || *field->digits == '\0')
        continue;
      if (digits->len > 0)
        g_string_append_c (digits, '\n');
      g_string_append (digits, field->digits);
    }

  return g_string_free (digits, FALSE);
}

/* The phone numbers as written, URLs and e-mail addresses, folded, '\n'
 * between: what a person may type whole or from its start. */
char *
mado_search_text_dup_keys (MadoSearchText *self)
{
  GString *keys;

  g_return_val_if_fail (self != NULL, NULL);

  keys = g_string_new (NULL);
  for (guint i = 0; i < self->fields->len; i++)
    {
      const Field *field = &g_array_index (self->fields, Field, i);
      g_autofree char *key = NULL;

      if (field->key_end == 0)
        continue;
      key = mado_search_normalize (field->text, (gssize) field->key_end, NULL);
      if (keys->len > 0)
        g_string_append_c (keys, '\n');
      g_string_append (keys, key);
    }

  return g_string_free (keys, FALSE);
}

/* Where the match of @folded_start..@folded_end lies in the original text.
 * The end is the start of the next character that folding kept, so a
 * character folded into several ("㈱" into "(株)") is never cut. */
static void
map_to_text (const Field *field,
             gsize        folded_start,
             gsize        folded_end,
             gsize       *start,
             gsize       *end)
{
  guint32 last = field->offsets[folded_end - 1];
  gsize i = folded_end;

  while (field->offsets[i] == last)
    i++;

  *start = field->offsets[folded_start];
  *end = field->offsets[i];
}

/* The earliest match in @field of any of @words; a phone number that has
 * any of @numbers in its digits is the match itself. */
static gboolean
find_in_field (const Field        *field,
               const char * const *words,
               const char * const *numbers,
               gsize              *start,
               gsize              *end)
{
  const char *first = NULL;
  gsize first_length = 0;

  for (guint i = 0; field->digits != NULL && numbers[i] != NULL; i++)
    if (strstr (field->digits, numbers[i]) != NULL)
      {
        *start = 0;
        *end = field->key_end;
        return TRUE;
      }

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *hit = strstr (field->folded, words[i]);

      if (hit != NULL && (first == NULL || hit < first))
        {
          first = hit;
          first_length = strlen (words[i]);
        }
    }

  if (first == NULL)
    return FALSE;

  map_to_text (field, (gsize) (first - field->folded),
               (gsize) (first - field->folded) + first_length, start, end);
  return TRUE;
}

static gboolean
is_word_byte (const char *p)
{
  return g_ascii_isalnum (*p) || *p == '-' || *p == '\'';
}

/* Moves @from forward past a partial word, so that an English snippet does
 * not start with "ishing"; Japanese, without spaces, is cut anywhere. */
static const char *
skip_partial_word (const char *text,
                   const char *from,
                   const char *limit)
{
  const char *p = from;

  if (from == text || !is_word_byte (from - 1) || !is_word_byte (from))
    return from;

  while (p < limit && is_word_byte (p))
    p++;
  while (p < limit && *p == ' ')
    p++;

  return p < limit ? p : from;
}

static const char *
drop_partial_word (const char *to,
                   const char *limit)
{
  const char *p = to;

  if (to == limit || *to == '\0' || !is_word_byte (to - 1) || !is_word_byte (to))
    return to;

  while (p > limit && is_word_byte (p - 1))
    p--;

  return p > limit ? p : to;
}

/* Appends @text..@end on one line: every run of whitespace, line breaks
 * included, becomes one space, and none is left at either end. */
static void
append_one_line (GString    *out,
                 const char *text,
                 const char *end)
{
  gboolean started = FALSE;
  gboolean space = FALSE;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = started;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      started = TRUE;
      space = FALSE;
      g_string_append_unichar (out, c);
    }
}

/* About SNIPPET_CHARS characters of @text around @start..@end: some context
 * before, the rest after, more before when the match is near the end. */
static char *
excerpt (const char *text,
         gsize       start,
         gsize       end)
{
  const char *text_end = text + strlen (text);
  const char *from = text + start;
  const char *to = text + end;
  glong after = g_utf8_strlen (to, text_end - to);
  glong budget = SNIPPET_CHARS - g_utf8_strlen (from, to - from);
  glong before = MAX (SNIPPET_CONTEXT_BEFORE, budget - after);
  g_autoptr(GString) out = g_string_new (NULL);

  for (; from > text && before > 0 && budget > 0; before--, budget--)
    from = g_utf8_prev_char (from);
  from = skip_partial_word (text, from, text + start);

  /* A match longer than the snippet is cut too. */
  if (budget < 0)
    to = g_utf8_offset_to_pointer (from, SNIPPET_CHARS);
  for (; to < text_end && budget > 0; budget--)
    to = g_utf8_next_char (to);
  to = drop_partial_word (to, text + end);

  if (from > text)
    g_string_append (out, "…");
  append_one_line (out, from, to);
  if (to < text_end)
    g_string_append (out, "…");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * mado_search_text_dup_snippet:
 * @words: folded words to show
 * @numbers: phone numbers as dialled (see mado_search_normalize_digits())
 *
 * One line of the text around the earliest match of @words or @numbers, in
 * the first field that has one, at most about 80 characters with "…" where
 * it is cut; or the start of the description when no field matches.
 *
 * Returns: (transfer full): the snippet
 */
char *
mado_search_text_dup_snippet (MadoSearchText     *self,
                              const char * const *words,
                              const char * const *numbers)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (words != NULL && numbers != NULL, NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const Field *field = &g_array_index (self->fields, Field, i);
      gsize start;
      gsize end;

      if (find_in_field (field, words, numbers, &start, &end))
        return excerpt (field->text, start, end);
    }

  return excerpt (self->description, 0, 0);
}
