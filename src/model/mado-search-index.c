/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-search-index.h"

#include <string.h>

#include "mado-search-normalizer.h"
#include "mado-search-result.h"
#include "mado-search-text.h"

/* Search over the whole dataset, in every language at once. Everything that
 * can be worked out before the first keystroke is: the text of each section
 * and contact is folded here, once, so that a keystroke folds only the query,
 * skips most entries on a glance at their filter, and runs strstr() over the
 * flat strings of the rest. A query costs time in proportion to the number of
 * entries and the text of those that may match; nothing grows faster. */

/* The size of each entry's filter of characters and pairs of characters:
 * 512 bytes, a tenth full for a typical contact of the real dataset and a
 * third for its longest section. */
#define GRAM_BITS 4096
#define GRAM_WORDS (GRAM_BITS / 64)
/* A word's first pairs filter well enough; more would only cost. */
#define MAX_WORD_GRAMS 16

typedef enum
{
  MATCH_NONE,
  MATCH_SUBSTRING,
  MATCH_PREFIX,  /* at the start of a name, a number or a line */
  MATCH_EXACT,   /* the whole name, number or line */
} MatchTier;

/* Points per word, by tier. Any match in a name or title beats any match in
 * the rest, and a number keyed in counts as much as a name: that is what a
 * person typing it is looking for. Phone numbers as written, addresses and
 * URLs ("keys") can be typed whole or from their start, which the rest of
 * the text, sentences, cannot meaningfully be. */
static const guint name_scores[] = { 0, 60, 80, 100 };
static const guint phone_scores[] = { 0, 50, 80, 100 };
static const guint key_scores[] = { 0, 20, 30, 40 };
#define BODY_SCORE 20

/* A section or a contact, as search sees it. Folded text is in lines, '\n'
 * between, every language. */
typedef struct
{
  GObject        *item;    /* owned by the dataset, which the index keeps */
  char           *names;   /* organisation and desk; label, title, CHECK */
  char           *keys;    /* phone numbers as written, addresses, URLs */
  char           *body;    /* everything, names excepted */
  char           *digits;  /* the phone numbers as dialled */
  MadoSearchText *text;    /* the dataset's language, for snippets */
  /* Which characters and pairs of characters names and body have, hashed:
   * a word with one that is not there cannot match, and most words typed
   * are not in most entries. This spares reading their text at all. */
  guint64         grams[GRAM_WORDS];
} Entry;

/* A folded word or phrase, as searched for. */
typedef struct
{
  char  *text;
  gsize  length;
  char  *at_line_start;  /* "\n" and the text */
} Needle;

typedef struct
{
  Needle  needle;
  char   *digits;  /* when the word may be a phone number, else NULL */
  guint   n_grams;
  guint16 grams[MAX_WORD_GRAMS];
} Word;

typedef struct
{
  GArray *words;   /* of Word */
  Needle  phrase;  /* the words run together, when there are several */
  char   *phone;   /* the whole query as a number, when it has several words */
} Query;

typedef struct
{
  guint position;
  guint score;
} Hit;

struct _MadoSearchIndex
{
  GObject parent_instance;

  MadoDataset *dataset;
  GArray      *entries;    /* of Entry: contacts, then sections, in page order */
  GHashTable  *positions;  /* item → its position in entries */
};

G_DEFINE_FINAL_TYPE (MadoSearchIndex, mado_search_index, G_TYPE_OBJECT)

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->names);
  g_free (entry->keys);
  g_free (entry->body);
  g_free (entry->digits);
  g_clear_pointer (&entry->text, mado_search_text_free);
}

static void
needle_init (Needle *needle,
             char   *folded)
{
  needle->text = folded;
  needle->length = strlen (folded);
  needle->at_line_start = g_strconcat ("\n", folded, NULL);
}

static void
needle_clear (Needle *needle)
{
  g_clear_pointer (&needle->text, g_free);
  g_clear_pointer (&needle->at_line_start, g_free);
}

static void
word_clear (gpointer data)
{
  Word *word = data;

  needle_clear (&word->needle);
  g_free (word->digits);
}

static void
query_clear (Query *query)
{
  g_clear_pointer (&query->words, g_array_unref);
  needle_clear (&query->phrase);
  g_clear_pointer (&query->phone, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

/* Where a character (@previous 0) or a pair of characters falls in an
 * entry's filter. */
static guint
gram_bit (gunichar previous,
          gunichar c)
{
  guint32 hash = (previous * 0x9E3779B1u) ^ (c * 0x85EBCA77u);

  hash ^= hash >> 15;
  hash *= 0x2C1B3C6Du;
  hash ^= hash >> 12;
  return hash & (GRAM_BITS - 1);
}

static void
add_grams (guint64    *grams,
           const char *folded)
{
  gunichar previous = 0;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint bit;

      /* No pair spans two lines, as no match does. */
      if (c == '\n')
        {
          previous = 0;
          continue;
        }
      bit = gram_bit (0, c);
      grams[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
      if (previous != 0)
        {
          bit = gram_bit (previous, c);
          grams[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
      previous = c;
    }
}

/* A word of one character is looked up by itself, a longer one by its
 * pairs. */
static void
word_set_grams (Word *word)
{
  const char *text = word->needle.text;
  gunichar previous = g_utf8_get_char (text);
  const char *p = g_utf8_next_char (text);

  if (*p == '\0')
    word->grams[word->n_grams++] = (guint16) gram_bit (0, previous);

  for (; *p != '\0' && word->n_grams < MAX_WORD_GRAMS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      word->grams[word->n_grams++] = (guint16) gram_bit (previous, c);
      previous = c;
    }
}

static gboolean
may_contain (const Entry *entry,
             const Word  *word)
{
  for (guint i = 0; i < word->n_grams; i++)
    if ((entry->grams[word->grams[i] / 64] & (G_GUINT64_CONSTANT (1) << (word->grams[i] % 64))) == 0)
      return FALSE;

  return TRUE;
}

/* Each line is folded on its own and the line breaks kept (folding drops
 * whitespace), so that a match can be told to start a name or a number. */
static char *
fold_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GString *folded = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = mado_search_normalize (lines[i], -1, NULL);

      if (line == NULL || *line == '\0')
        continue;
      if (folded->len > 0)
        g_string_append_c (folded, '\n');
      g_string_append (folded, line);
    }

  return g_string_free (folded, FALSE);
}

/* Takes @text. */
static void
add_entry (MadoSearchIndex *self,
           GObject         *item,
           const char      *names,
           const char      *body,
           MadoSearchText  *text)
{
  Entry entry = { 0 };

  entry.item = item;
  entry.names = fold_lines (names);
  entry.body = fold_lines (body);
  entry.text = text;
  entry.digits = mado_search_text_dup_numbers (text);
  entry.keys = mado_search_text_dup_keys (text);
  add_grams (entry.grams, entry.names);
  add_grams (entry.grams, entry.body);
  g_array_append_val (self->entries, entry);
}

/**
 * mado_search_index_new:
 * @dataset: the dataset to search
 *
 * Folds all of @dataset's searchable text, once. Build a new index when the
 * dataset changes.
 */
MadoSearchIndex *
mado_search_index_new (MadoDataset *dataset)
{
  MadoSearchIndex *self;
  GListModel *contacts;
  GListModel *sections;

  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  self = g_object_new (MADO_TYPE_SEARCH_INDEX, NULL);
  self->dataset = g_object_ref (dataset);
  contacts = mado_dataset_get_contacts (dataset);
  sections = mado_dataset_get_all_sections (dataset);

  /* Contacts come first so that, between equal matches, whom to call is
   * listed before what to read: the app is there to find a contact. */
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);

      add_entry (self, G_OBJECT (contact),
                 mado_contact_get_search_names (contact),
                 mado_contact_get_search_body (contact),
                 mado_search_text_new_for_contact (contact, mado_dataset_get_language (dataset)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);

      add_entry (self, G_OBJECT (section),
                 mado_section_get_search_names (section),
                 mado_section_get_search_body (section),
                 mado_search_text_new_for_section (section));
    }

  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_insert (self->positions,
                         g_array_index (self->entries, Entry, i).item,
                         GUINT_TO_POINTER (i));

  return self;
}

MadoDataset *
mado_search_index_get_dataset (MadoSearchIndex *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_INDEX (self), NULL);
  return self->dataset;
}

/* Returns FALSE for a query with nothing to look for. */
static gboolean
query_init (Query      *query,
            const char *text)
{
  g_auto(GStrv) words = mado_search_split_words (text);

  query->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (query->words, word_clear);

  for (guint i = 0; words[i] != NULL; i++)
    {
      Word word = { 0 };
      char *folded = mado_search_normalize (words[i], -1, NULL);

      if (*folded == '\0')
        {
          g_free (folded);
          continue;
        }
      needle_init (&word.needle, folded);
      word_set_grams (&word);
      if (mado_search_looks_like_phone (words[i]))
        word.digits = mado_search_normalize_digits (words[i]);
      g_array_append_val (query->words, word);
    }

  if (query->words->len > 1)
    needle_init (&query->phrase, mado_search_normalize (text, -1, NULL));

  /* "03 5978 7509" is one number, typed the way it is read out. */
  if (query->words->len > 1 && mado_search_looks_like_phone (text))
    query->phone = mado_search_normalize_digits (text);

  return query->words->len > 0;
}

/* How well @needle matches in @lines. The first strstr() proves a match;
 * only one at the start of a line does better, and "\n" followed by the
 * needle finds that in one more pass. */
static MatchTier
find_in_lines (const char   *lines,
               const Needle *needle)
{
  const char *hit = strstr (lines, needle->text);

  if (hit == NULL)
    return MATCH_NONE;

  if (hit != lines && hit[-1] != '\n')
    {
      hit = strstr (hit, needle->at_line_start);
      if (hit == NULL)
        return MATCH_SUBSTRING;
      hit++;
    }

  for (;;)
    {
      char after = hit[needle->length];

      if (after == '\n' || after == '\0')
        return MATCH_EXACT;
      hit = strstr (hit + needle->length, needle->at_line_start);
      if (hit == NULL)
        return MATCH_PREFIX;
      hit++;
    }
}

/* Like find_in_lines() for phone numbers as dialled, where a "#" in front
 * may be left out: "9110" is the start of "#9110". There are only a few
 * numbers per contact, so each is looked at in turn. */
static MatchTier
find_number (const char *numbers,
             const char *digits)
{
  gsize length = strlen (digits);
  MatchTier best = MATCH_NONE;

  for (const char *line = numbers; line != NULL && *line != '\0';)
    {
      const char *newline = strchr (line, '\n');
      const char *number = *line == '#' && *digits != '#' ? line + 1 : line;
      gsize number_length = (gsize) ((newline != NULL ? newline : number + strlen (number)) - number);

      if (number_length == length && memcmp (number, digits, length) == 0)
        return MATCH_EXACT;
      if (number_length > length && memcmp (number, digits, length) == 0)
        best = MATCH_PREFIX;
      else if (best == MATCH_NONE && g_strstr_len (number, (gssize) number_length, digits) != NULL)
        best = MATCH_SUBSTRING;
      line = newline != NULL ? newline + 1 : NULL;
    }

  return best;
}

/* How well @word matches @entry, no better than @cap. */
static guint
score_word (const Entry *entry,
            const Word  *word,
            MatchTier    cap)
{
  guint score = 0;

  if (word->digits != NULL && *entry->digits != '\0')
    score = phone_scores[MIN (find_number (entry->digits, word->digits), cap)];
  if (!may_contain (entry, word))
    return score;

  score = MAX (score, name_scores[MIN (find_in_lines (entry->names, &word->needle), cap)]);
  if (score == 0)
    score = key_scores[MIN (find_in_lines (entry->keys, &word->needle), cap)];
  if (score == 0 && strstr (entry->body, word->needle.text) != NULL)
    score = BODY_SCORE;

  return score;
}

/* Every word must match somewhere (AND); the score adds up how well. */
static guint
score_entry (const Entry *entry,
             const Query *query)
{
  /* Of several words, each only counts as found: whether they start or make
   * up a name is for the words together to say, not for any one of them.
   * Otherwise "Ministry of Justice, Human Rights Bureau" would rank the desk
   * whose other name starts with "Human" above the bureau itself. */
  MatchTier cap = query->phrase.text != NULL ? MATCH_SUBSTRING : MATCH_EXACT;
  guint total = 0;

  for (guint i = 0; i < query->words->len; i++)
    {
      guint score = score_word (entry, &g_array_index (query->words, Word, i), cap);

      if (score == 0)
        {
          total = 0;
          break;
        }
      total += score;
    }

  /* Words found together, in the order typed, are worth more, the more so as
   * they make up a whole name: "Tokyo Metropolitan Government" is one
   * contact's name and only the start of another's. */
  if (total > 0 && query->phrase.text != NULL)
    {
      guint phrase = name_scores[find_in_lines (entry->names, &query->phrase)];

      if (phrase == 0)
        phrase = key_scores[find_in_lines (entry->keys, &query->phrase)];
      if (phrase == 0 && strstr (entry->body, query->phrase.text) != NULL)
        phrase = BODY_SCORE;
      total += phrase;
    }

  /* A number typed with spaces scores as if each of its words matched it. */
  if (query->phone != NULL && *entry->digits != '\0')
    total = MAX (total, query->words->len * phone_scores[find_number (entry->digits, query->phone)]);

  return total;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *hit_a = a;
  const Hit *hit_b = b;

  if (hit_a->score != hit_b->score)
    return hit_a->score > hit_b->score ? -1 : 1;
  return hit_a->position < hit_b->position ? -1 : hit_a->position > hit_b->position;
}

/**
 * mado_search_index_query:
 * @query: what the person typed
 *
 * Finds the sections and contacts that match every word of @query, in any
 * language, best first; between equal matches, in the dataset's order
 * (contacts, then sections). An empty query finds nothing.
 *
 * Returns: (transfer full): a #GListModel of #MadoSearchResult
 */
GListModel *
mado_search_index_query (MadoSearchIndex *self,
                         const char      *query)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GRefString) shared = NULL;
  g_auto(Query) compiled = { 0 };

  g_return_val_if_fail (MADO_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (query, -1, NULL), NULL);

  store = g_list_store_new (MADO_TYPE_SEARCH_RESULT);
  if (!query_init (&compiled, query))
    return G_LIST_MODEL (g_steal_pointer (&store));

  hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  for (guint i = 0; i < self->entries->len; i++)
    {
      Hit hit = { i, score_entry (&g_array_index (self->entries, Entry, i), &compiled) };

      if (hit.score > 0)
        g_array_append_val (hits, hit);
    }
  g_array_sort (hits, compare_hits);

  shared = g_ref_string_new (query);
  results = g_ptr_array_new_full (hits->len, g_object_unref);
  for (guint i = 0; i < hits->len; i++)
    {
      const Hit *hit = &g_array_index (hits, Hit, i);
      const Entry *entry = &g_array_index (self->entries, Entry, hit->position);

      g_ptr_array_add (results, mado_search_result_new (self, entry->item, hit->score, shared));
    }
  /* One splice, so a list widget sees one change rather than one per row. */
  g_list_store_splice (store, 0, 0, results->pdata, results->len);

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * mado_search_index_dup_snippet:
 * @item: a #MadoSection or #MadoContact of the index's dataset
 * @query: the query it was found by
 *
 * One line of @item's text in the dataset's language around the first match
 * of @query, at most about 80 characters, with "…" where it is cut. When the
 * match is only in a name, or only in another language, it is the start of
 * the item's description instead.
 *
 * Returns: (transfer full): the snippet
 */
char *
mado_search_index_dup_snippet (MadoSearchIndex *self,
                               GObject         *item,
                               const char      *query)
{
  g_auto(Query) compiled = { 0 };
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();
  gpointer position;
  const Entry *entry;

  g_return_val_if_fail (MADO_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL && g_utf8_validate (query, -1, NULL), NULL);
  g_return_val_if_fail (g_hash_table_lookup_extended (self->positions, item, NULL, &position),
                        NULL);

  entry = &g_array_index (self->entries, Entry, GPOINTER_TO_UINT (position));
  query_init (&compiled, query);

  /* The row that shows a snippet shows the item's name too, so a word found
   * in the name needs no snippet: the snippet shows what else matched or,
   * when nothing else did, what the item is about. A number is worth showing
   * whatever the name says. */
  for (guint i = 0; i < compiled.words->len; i++)
    {
      const Word *word = &g_array_index (compiled.words, Word, i);

      if (find_in_lines (entry->names, &word->needle) == MATCH_NONE)
        g_ptr_array_add (words, word->needle.text);
      if (word->digits != NULL)
        g_ptr_array_add (numbers, word->digits);
    }
  if (compiled.phone != NULL)
    g_ptr_array_add (numbers, compiled.phone);
  g_ptr_array_add (words, NULL);
  g_ptr_array_add (numbers, NULL);

  return mado_search_text_dup_snippet (entry->text, (const char * const *) words->pdata,
                                       (const char * const *) numbers->pdata);
}

static void
mado_search_index_finalize (GObject *object)
{
  MadoSearchIndex *self = MADO_SEARCH_INDEX (object);

  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_search_index_parent_class)->finalize (object);
}

static void
mado_search_index_class_init (MadoSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_search_index_finalize;
}

static void
mado_search_index_init (MadoSearchIndex *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->positions = g_hash_table_new (NULL, NULL);
}
