/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-search-index.h"

#include <string.h>

#include "mado-search-aliases.h"
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

/* Whether @term (casefolded, ASCII) is a word of @lower (casefolded): "bec"
 * is not in "because". A term of four letters or more may start a longer
 * word ("leak" in "leaked"), as English words grow at their end. */
static gboolean
has_ascii_word (const char *lower,
                const char *term)
{
  gsize length = strlen (term);

  for (const char *hit = strstr (lower, term); hit != NULL; hit = strstr (hit + 1, term))
    {
      gboolean starts = hit == lower || !g_ascii_isalnum (hit[-1]);
      gboolean ends = !g_ascii_isalnum (hit[length]) || length >= 4;

      if (starts && ends)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* A group of aliases, folded once for the whole index. */
typedef struct
{
  GPtrArray *lower;   /* of char *: each term casefolded, for ASCII words */
  GPtrArray *folded;  /* of char *: each term as search folds it */
  char      *line;    /* ALIAS_MARK, then the folded terms, each after a mark */
  char      *whole;   /* the folded terms, each a line of its own */
  GPtrArray *first;   /* the items a term alone finds first (unowned) */
} AliasGroup;

/* Starts each alias in an entry's text. Folding drops control characters, so
 * no query can hold one: an alias is only ever found inside a line, which
 * scores it as a match of part of a name, never as a whole name. */
#define ALIAS_MARK "\x1f"

static void
alias_group_free (gpointer data)
{
  AliasGroup *group = data;

  g_ptr_array_unref (group->lower);
  g_ptr_array_unref (group->folded);
  g_free (group->line);
  g_free (group->whole);
  g_free (group);
}

static GPtrArray *
fold_aliases (MadoDataset *dataset)
{
  GPtrArray *aliases = mado_dataset_get_aliases (dataset);
  GPtrArray *groups = g_ptr_array_new_with_free_func (alias_group_free);

  for (guint i = 0; aliases != NULL && i < aliases->len; i++)
    {
      const MadoSearchAlias *alias = g_ptr_array_index (aliases, i);
      const char * const *terms = (const char * const *) alias->terms;
      AliasGroup *group = g_new0 (AliasGroup, 1);
      GString *line = g_string_new (NULL);
      GString *whole = g_string_new (NULL);

      group->lower = g_ptr_array_new_with_free_func (g_free);
      group->folded = g_ptr_array_new_with_free_func (g_free);
      for (guint t = 0; terms[t] != NULL; t++)
        {
          char *folded = mado_search_normalize (terms[t], -1, NULL);

          g_ptr_array_add (group->folded, folded);
          g_ptr_array_add (group->lower, is_ascii (terms[t]) ? g_ascii_strdown (terms[t], -1) : NULL);
          g_string_append (line, ALIAS_MARK);
          g_string_append (line, folded);
          g_string_append_printf (whole, "\n%s", folded);
        }
      group->line = g_string_free (line, FALSE);
      group->whole = g_string_free (whole, FALSE);
      group->first = alias->first;
      g_ptr_array_add (groups, group);
    }

  return groups;
}

/* Whether any term of @group is in @folded, or is a word of @lower. */
static gboolean
group_matches (const AliasGroup *group,
               const char       *folded,
               const char       *lower)
{
  for (guint t = 0; t < group->folded->len; t++)
    {
      const char *ascii = g_ptr_array_index (group->lower, t);
      const char *term = g_ptr_array_index (group->folded, t);

      if (*term == '\0')
        continue;
      if (ascii != NULL ? has_ascii_word (lower, ascii) : strstr (folded, term) != NULL)
        return TRUE;
    }

  return FALSE;
}

static char *
casefold_text (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (composed, -1);
}

/* An entry that says "ランサムウェア" is found by "ransom" too: every group
 * with a term in the entry's names adds all its terms to the names, and one
 * with a term in the rest, to the rest. This costs at load, not per
 * keystroke. */
static void
apply_aliases (Entry      *entry,
               GPtrArray  *groups,
               const char *names,
               const char *body)
{
  g_autofree char *lower_names = NULL;
  g_autofree char *lower_body = NULL;
  GString *extra_names = NULL;
  GString *extra_body = NULL;

  if (groups->len == 0)
    return;

  lower_names = casefold_text (names);
  lower_body = casefold_text (body);
  extra_names = g_string_new (entry->names);
  extra_body = g_string_new (entry->body);
  for (guint i = 0; i < groups->len; i++)
    {
      const AliasGroup *group = g_ptr_array_index (groups, i);

      /* The item the data names as the answer to the term has it as a whole
       * name: nothing else can rank above it. */
      if (group->first != NULL && g_ptr_array_find (group->first, entry->item, NULL))
        g_string_append (extra_names, group->whole);
      else if (group_matches (group, entry->names, lower_names))
        g_string_append_printf (extra_names, "\n%s", group->line);
      else if (group_matches (group, entry->body, lower_body))
        g_string_append_printf (extra_body, "\n%s", group->line);
    }

  g_free (entry->names);
  g_free (entry->body);
  entry->names = g_string_free (extra_names, FALSE);
  entry->body = g_string_free (extra_body, FALSE);
}

/* Takes @text and @digits. */
static void
add_entry (MadoSearchIndex *self,
           GPtrArray       *aliases,
           GObject         *item,
           const char      *names,
           const char      *body,
           MadoSearchText  *text,
           char            *digits)
{
  Entry entry = { 0 };

  entry.item = item;
  entry.names = fold_lines (names);
  entry.body = fold_lines (body);
  apply_aliases (&entry, aliases, names, body);
  entry.text = text;
  entry.digits = digits != NULL ? digits : mado_search_text_dup_numbers (text);
  entry.keys = mado_search_text_dup_keys (text);
  add_grams (entry.grams, entry.names);
  add_grams (entry.grams, entry.body);
  g_array_append_val (self->entries, entry);
}

/* The numbers a guide result's urgent line tells the person to call ("まず
 * 110番に通報する"), as dialled: typing one of them finds the result as a
 * contact's number would find the contact. */
static char *
urgent_numbers (MadoGuideNode *node)
{
  const char *urgent = mado_guide_node_get_urgent (node);
  GString *numbers = g_string_new (NULL);
  const char *p = urgent != NULL ? urgent : "";

  while (*p != '\0')
    {
      const char *start = p;
      g_autofree char *token = NULL;

      if (!g_ascii_isdigit (*p) && *p != '#')
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (g_ascii_isdigit (*p) || *p == '#' || *p == '-')
        p++;
      token = g_strndup (start, (gsize) (p - start));
      if (strlen (token) >= 3 && mado_search_looks_like_phone (token))
        {
          g_autofree char *digits = mado_search_normalize_digits (token);

          if (numbers->len > 0)
            g_string_append_c (numbers, '\n');
          g_string_append (numbers, digits);
        }
    }

  return g_string_free (numbers, FALSE);
}

static void
add_guide_results (MadoSearchIndex *self,
                   GPtrArray       *aliases)
{
  GListModel *nodes = mado_dataset_get_guide_nodes (self->dataset);

  for (guint i = 0; nodes != NULL && i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);

      if (mado_guide_node_get_kind (node) != MADO_GUIDE_NODE_KIND_RESULT)
        continue;
      add_entry (self, aliases, G_OBJECT (node),
                 mado_guide_node_get_search_names (node),
                 mado_guide_node_get_search_body (node),
                 mado_search_text_new_for_guide_node (node),
                 urgent_numbers (node));
    }
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
  g_autoptr(GPtrArray) aliases = NULL;

  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  self = g_object_new (MADO_TYPE_SEARCH_INDEX, NULL);
  self->dataset = g_object_ref (dataset);
  contacts = mado_dataset_get_contacts (dataset);
  sections = mado_dataset_get_all_sections (dataset);
  aliases = fold_aliases (dataset);

  /* The guide's results come first, then contacts, then sections, so that
   * between equal matches what to do is listed before whom to call, and whom
   * to call before what to read: the app is there to find a contact. */
  add_guide_results (self, aliases);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);

      add_entry (self, aliases, G_OBJECT (contact),
                 mado_contact_get_search_names (contact),
                 mado_contact_get_search_body (contact),
                 mado_search_text_new_for_contact (contact, mado_dataset_get_language (dataset)),
                 NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);

      add_entry (self, aliases, G_OBJECT (section),
                 mado_section_get_search_names (section),
                 mado_section_get_search_body (section),
                 mado_search_text_new_for_section (section),
                 NULL);
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
 * Finds the guide's results, the contacts and the sections that match every
 * word of @query, in any language, best first; between equal matches, in
 * that order, each in the dataset's order. An empty query finds nothing.
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

/**
 * mado_search_index_dup_item_id:
 * @item: a #MadoSection, #MadoContact or result #MadoGuideNode
 *
 * A stable name for @item outside the process ("contact:ipa-anshin",
 * "section:check4-03", "guide:r-emergency"), as the desktop's search keeps
 * it between calls.
 *
 * Returns: (transfer full): the id
 */
char *
mado_search_index_dup_item_id (GObject *item)
{
  g_return_val_if_fail (MADO_IS_CONTACT (item) || MADO_IS_SECTION (item) ||
                        MADO_IS_GUIDE_NODE (item), NULL);

  if (MADO_IS_CONTACT (item))
    return g_strconcat ("contact:", mado_contact_get_id (MADO_CONTACT (item)), NULL);
  if (MADO_IS_SECTION (item))
    return g_strconcat ("section:", mado_section_get_id (MADO_SECTION (item)), NULL);
  return g_strconcat ("guide:", mado_guide_node_get_id (MADO_GUIDE_NODE (item)), NULL);
}

/**
 * mado_search_index_lookup_item:
 * @id: an id from mado_search_index_dup_item_id(), or anything else
 *
 * Returns: (transfer none) (nullable): the item @id names, or %NULL when it
 *   names nothing that search finds (an unknown id, a guide question)
 */
GObject *
mado_search_index_lookup_item (MadoSearchIndex *self,
                               const char      *id)
{
  MadoGuideNode *node;

  g_return_val_if_fail (MADO_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (g_str_has_prefix (id, "contact:"))
    return (GObject *) mado_dataset_lookup_contact (self->dataset, id + strlen ("contact:"));
  if (g_str_has_prefix (id, "section:"))
    return (GObject *) mado_dataset_lookup_section (self->dataset, id + strlen ("section:"));
  if (!g_str_has_prefix (id, "guide:"))
    return NULL;

  node = mado_dataset_lookup_guide_node (self->dataset, id + strlen ("guide:"));
  return node != NULL && mado_guide_node_get_kind (node) == MADO_GUIDE_NODE_KIND_RESULT
         ? G_OBJECT (node) : NULL;
}

/* Depth first from @node to @target; on the way back, prepends the answer
 * taken at each question. The loader proved the guide has no loop. */
static gboolean
find_route (MadoDataset   *dataset,
            MadoGuideNode *node,
            MadoGuideNode *target,
            GArray        *route)
{
  GListModel *answers;

  if (node == target)
    return TRUE;

  answers = mado_guide_node_get_answers (node);
  for (guint i = 0; answers != NULL && i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(MadoGuideAnswer) answer = g_list_model_get_item (answers, i);
      MadoGuideNode *next = mado_dataset_lookup_guide_node (dataset,
                                                            mado_guide_answer_get_next_id (answer));

      if (next != NULL && find_route (dataset, next, target, route))
        {
          g_array_prepend_val (route, i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * mado_search_index_walk_to:
 * @walk: a walk through the index's dataset's guide
 * @result: a result node of the guide
 *
 * Starts @walk again and answers the questions on the first way from the
 * start to @result, so that a result found by search shows as the guide
 * would have led to it, its answers there to be changed.
 *
 * Returns: whether @walk now stands at @result
 */
gboolean
mado_search_index_walk_to (MadoSearchIndex *self,
                           MadoGuideWalk   *walk,
                           MadoGuideNode   *result)
{
  g_autoptr(GArray) route = g_array_new (FALSE, FALSE, sizeof (guint));
  MadoGuideNode *start;

  g_return_val_if_fail (MADO_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), FALSE);
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (result), FALSE);

  start = mado_dataset_get_guide_start (self->dataset);
  if (start == NULL || !find_route (self->dataset, start, result, route))
    return FALSE;

  mado_guide_walk_restart (walk);
  for (guint i = 0; i < route->len; i++)
    if (!mado_guide_walk_answer (walk, g_array_index (route, guint, i)))
      return FALSE;

  return mado_guide_walk_get_current (walk) == result;
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
