/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What search compares: text folded so that the ways a person may type a
 * word (full or half width, upper or lower case, hiragana or katakana, with
 * or without long-vowel marks, middle dots and spaces) all come out the same.
 * The dataset's text is folded once, when the index is built; a keystroke
 * folds only the query, so this file favours being right over being fast,
 * with fast paths only where the answer is known in advance. */
#include "mado-search-normalizer.h"

#include <string.h>

#define HIRAGANA_FIRST 0x3041
#define HIRAGANA_LAST  0x3096
/* From a hiragana to the katakana for the same sound (ふ U+3075 → フ U+30D5). */
#define KANA_OFFSET    0x60

/* Characters that carry no meaning for a match: "インターネット" and
 * "インタネット", "ホット・ライン" and "ホットライン" are the same word to a reader.
 * Whitespace goes too, so that a name found with or without its spaces. */
static gboolean
is_dropped (gunichar c)
{
  switch (c)
    {
    case 0x00B7: /* · middle dot */
    case 0x30FB: /* ・ katakana middle dot */
    case 0x30FC: /* ー long-vowel mark */
    case 0xFF65: /* ･ half-width middle dot (NFKC makes it U+30FB) */
    case 0xFF70: /* ｰ half-width long-vowel mark (NFKC makes it U+30FC) */
      return TRUE;
    default:
      break;
    }

  if (g_unichar_isspace (c))
    return TRUE;

  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Characters that NFKC and case folding leave as they are: most of a
 * Japanese text. They skip the general path, which allocates twice per
 * character. The tests check every one of them against the general path. */
static gboolean
is_stable (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) ||  /* CJK unified ideographs */
         (c >= HIRAGANA_FIRST && c <= HIRAGANA_LAST) ||
         (c >= 0x30A1 && c <= 0x30FE) ||  /* katakana, without ヿ */
         (c >= 0x3001 && c <= 0x3011);    /* 、。 and the Japanese brackets */
}

/* Marks combine with the character before them, so they are normalised
 * together. The half-width voiced sound marks (ﾌﾞ) are not marks to Unicode,
 * but NFKC turns them into combining ones that join the kana before. */
static gboolean
extends_chunk (gunichar c)
{
  return g_unichar_ismark (c) || c == 0xFF9E || c == 0xFF9F;
}

static void
append_char (GString *out,
             GArray  *offsets,
             gunichar c,
             guint32  origin)
{
  char buffer[6];
  int length = g_unichar_to_utf8 (c, buffer);

  g_string_append_len (out, buffer, length);
  if (offsets != NULL)
    for (int i = 0; i < length; i++)
      g_array_append_val (offsets, origin);
}

static void
append_folded (GString *out,
               GArray  *offsets,
               gunichar c,
               guint32  origin)
{
  if (is_dropped (c))
    return;
  if (c >= HIRAGANA_FIRST && c <= HIRAGANA_LAST)
    c += KANA_OFFSET;
  append_char (out, offsets, c, origin);
}

static void
append_chunk (GString    *out,
              GArray     *offsets,
              const char *chunk,
              gsize       length,
              guint32     origin)
{
  g_autofree char *composed = g_utf8_normalize (chunk, length, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (composed, -1);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    append_folded (out, offsets, g_utf8_get_char (p), origin);
}

/**
 * mado_search_normalize:
 * @text: valid UTF-8
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @offsets: (nullable): a #GArray of #guint32, or %NULL
 *
 * Folds @text for matching: NFKC (full-width "ＩＰＡ" and half-width "ｲﾝﾀｰﾈｯﾄ"
 * become "IPA" and "インターネット"), case folding, hiragana to katakana, and
 * without long-vowel marks, middle dots, whitespace and control characters.
 *
 * Each character (with its combining marks) is folded on its own, so that
 * @offsets can receive, for each byte of the result, the byte offset in @text
 * of the character it came from, and one last element: @length. That is how
 * a match in the folded text is found again in the original.
 *
 * Returns: (transfer full): the folded text
 */
char *
mado_search_normalize (const char *text,
                       gssize      length,
                       GArray     *offsets)
{
  const char *end;
  GString *out;
  guint32 last;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (offsets == NULL ||
                        g_array_get_element_size (offsets) == sizeof (guint32), NULL);

  if (length < 0)
    length = (gssize) strlen (text);
  g_return_val_if_fail (g_utf8_validate_len (text, (gsize) length, NULL), NULL);

  end = text + length;
  out = g_string_sized_new ((gsize) length);
  if (offsets != NULL)
    g_array_set_size (offsets, 0);

  for (const char *p = text; p < end;)
    {
      const char *chunk = p;
      gunichar c = g_utf8_get_char (p);
      guint32 origin = (guint32) (chunk - text);

      p = g_utf8_next_char (p);
      while (p < end && (guchar) *p >= 0x80 && extends_chunk (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p == g_utf8_next_char (chunk) && c < 0x80)
        {
          if (c > 0x20 && c != 0x7F)
            {
              g_string_append_c (out, g_ascii_tolower ((char) c));
              if (offsets != NULL)
                g_array_append_val (offsets, origin);
            }
        }
      else if (p == g_utf8_next_char (chunk) && is_stable (c))
        append_folded (out, offsets, c, origin);
      else
        append_chunk (out, offsets, chunk, (gsize) (p - chunk), origin);
    }

  last = (guint32) length;
  if (offsets != NULL)
    g_array_append_val (offsets, last);

  return g_string_free (out, FALSE);
}

/**
 * mado_search_split_words:
 * @text: valid UTF-8
 *
 * Splits @text at Unicode whitespace (including the ideographic space a
 * Japanese input method types), without folding anything.
 *
 * Returns: (transfer full): the words, never empty strings
 */
char **
mado_search_split_words (const char *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || g_unichar_isspace (c))
        {
          if (start != NULL)
            g_ptr_array_add (words, g_strndup (start, (gsize) (p - start)));
          start = NULL;
          if (c == 0)
            break;
        }
      else if (start == NULL)
        start = p;
    }

  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/**
 * mado_search_normalize_words:
 * @text: valid UTF-8, typically a query
 *
 * Splits @text at whitespace, then folds each word with
 * mado_search_normalize(). Words that fold to nothing (a lone "ー") are left
 * out.
 *
 * Returns: (transfer full): the folded words
 */
char **
mado_search_normalize_words (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (text != NULL, NULL);

  words = mado_search_split_words (text);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      char *word = mado_search_normalize (words[i], -1, NULL);

      if (word != NULL && *word != '\0')
        g_ptr_array_add (folded, word);
      else
        g_free (word);
    }

  g_ptr_array_add (folded, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&folded), FALSE);
}

/**
 * mado_search_normalize_digits:
 * @text: valid UTF-8
 *
 * The digits of a phone number as dialled: "0570-003-110" and "０５７０００３１１０"
 * both give "0570003110", and "#9110" keeps its "#".
 *
 * Returns: (transfer full): ASCII digits and "#", possibly empty
 */
char *
mado_search_normalize_digits (const char *text)
{
  g_autofree char *composed = NULL;
  GString *digits;

  g_return_val_if_fail (text != NULL, NULL);

  composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  digits = g_string_new (NULL);
  for (const char *p = composed; p != NULL && *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '#')
      g_string_append_c (digits, *p);

  return g_string_free (digits, FALSE);
}

/* What people and input methods put between the groups of a number. A
 * Japanese input method types "ー" (or "－") for the minus key. */
static gboolean
is_phone_separator (gunichar c)
{
  return c == '-' || c == '(' || c == ')' || c == '.' ||
         (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x30FC ||
         g_unichar_isspace (c);
}

/**
 * mado_search_looks_like_phone:
 * @text: valid UTF-8
 *
 * Whether @text is worth matching against phone numbers by their digits:
 * digits with separators ("0570-003-110", "03 5978 7509"), at least three of
 * them, or a short code that starts with "#" ("#9110", "＃91").
 *
 * Returns: %TRUE for a number
 */
gboolean
mado_search_looks_like_phone (const char *text)
{
  g_autofree char *composed = NULL;
  gboolean prefixed = FALSE;
  gboolean hash = FALSE;
  guint n_digits = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (composed == NULL)
    return FALSE;

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c))
        n_digits++;
      else if ((c == '#' || c == '+') && !prefixed && n_digits == 0)
        {
          prefixed = TRUE;
          hash = c == '#';
        }
      else if (!is_phone_separator (c))
        return FALSE;
    }

  return n_digits >= 3 || (hash && n_digits >= 1);
}
