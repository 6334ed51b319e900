/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-uri-check.h"

#include <string.h>

#include "mado-validators.h"

/* What may be handed to the browser or the mail client. An allow-list of
 * schemes is not enough: an address can pass it and still lead somewhere
 * other than it reads ("https://www.ipa.go.jp@evil.example/" opens
 * evil.example). So an address is accepted only in the one plain form a
 * person reads correctly: a lower-case scheme, no user name, a public DNS
 * name written as the browser will show it, nothing invisible, and for mail
 * one recipient with at most a subject and a body. */

/* Top-level names that never lead to a public site: the special-use names of
 * RFC 6761, 6762, 7686, 8375 and 9476, and those private networks use. */
static const char * const private_top_levels[] = {
  "alt", "arpa", "corp", "example", "home", "internal", "invalid", "lan",
  "local", "localdomain", "localhost", "onion", "test", NULL
};

/* Characters that hide or rearrange what a person reads: controls, line
 * breaks, bidi overrides, zero-width and other format characters, and
 * code points without a meaning yet. */
static gboolean
char_is_invisible (gunichar c)
{
  /* Hangul fillers are letters that draw nothing. */
  if (c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0)
    return TRUE;

  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* As written, an address has no space of any kind either, and no backslash:
 * browsers read "\" as "/" in web addresses, GUri does not. */
static gboolean
char_is_allowed_raw (gunichar c)
{
  return !char_is_invisible (c) && c != '\\'
         && g_unichar_type (c) != G_UNICODE_SPACE_SEPARATOR;
}

static gboolean
text_is_plain (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!char_is_allowed_raw (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Browsers show percent-escapes decoded, so what an escape stands for must be
 * as visible as the written text. @allow_breaks lets a mail body have line
 * breaks. A component in a legacy encoding (Shift_JIS) is checked byte by
 * byte for controls, which is all that can be told without knowing it. */
static gboolean
decoded_is_plain (const char *component,
                  gboolean    allow_breaks)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize size;

  if (component == NULL)
    return TRUE;

  bytes = g_uri_unescape_bytes (component, -1, NULL, NULL);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);

  if (!g_utf8_validate_len (data, size, NULL))
    {
      for (gsize i = 0; i < size; i++)
        if (((guchar) data[i] < 0x20 || data[i] == 0x7f)
            && !(allow_breaks && (data[i] == '\r' || data[i] == '\n')))
          return FALSE;
      return TRUE;
    }

  for (const char *p = data; p < data + size; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (char_is_invisible (c) && !(allow_breaks && (c == '\r' || c == '\n')))
        return FALSE;
    }

  return TRUE;
}

/* One DNS label: letters, digits and "-", not at either end, in lower case
 * (so that a host has one written form). */
static gboolean
label_is_valid (const char *label)
{
  gsize length = strlen (label);

  if (length == 0 || length > 63 || label[0] == '-' || label[length - 1] == '-')
    return FALSE;

  for (const char *c = label; *c; c++)
    if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
      return FALSE;

  return TRUE;
}

/* A top-level domain is letters (or an internationalised name), never
 * digits: that also refuses "127.0.0.1" and the "0x7f.1" tricks. */
static gboolean
top_level_is_public (const char *label)
{
  if (g_strv_contains (private_top_levels, label))
    return FALSE;
  if (g_str_has_prefix (label, "xn--"))
    return TRUE;

  for (const char *c = label; *c; c++)
    if (!g_ascii_isalpha (*c))
      return FALSE;

  return TRUE;
}

static gboolean
script_goes_with_japanese (GUnicodeScript script)
{
  return script == G_UNICODE_SCRIPT_LATIN || script == G_UNICODE_SCRIPT_HAN
         || script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA;
}

/* Look-alike letters ("аpple.com" with a Cyrillic "а") come from mixing
 * writing systems. A host is written in one script, or in Latin with the
 * Japanese ones (as Japanese domain names are); symbols and punctuation
 * outside ASCII ("⁄", "・") are refused, since some look like "/" or ".". */
static MadoUriProblem
check_scripts (const char *unicode_host)
{
  GUnicodeScript first = G_UNICODE_SCRIPT_COMMON;
  gboolean mixed = FALSE;
  gboolean japanese_only = TRUE;

  for (const char *p = unicode_host; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script = g_unichar_get_script (c);

      if (c >= 0x80 && !g_unichar_isalpha (c) && !g_unichar_ismark (c) && !g_unichar_isdigit (c))
        return MADO_URI_PROBLEM_HOST;
      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED)
        continue;

      if (first == G_UNICODE_SCRIPT_COMMON)
        first = script;
      else if (script != first)
        mixed = TRUE;
      japanese_only &= script_goes_with_japanese (script);
    }

  return mixed && !japanese_only ? MADO_URI_PROBLEM_MIXED_SCRIPT : MADO_URI_PROBLEM_NONE;
}

/* A public DNS name, written the one way a browser shows it: no IP address,
 * no single label ("localhost"), no special-use name, no empty label
 * ("https://./"), and not a form the browser would silently rewrite (upper
 * case, full-width letters, "。" for "."). */
static MadoUriProblem
check_host (const char *host)
{
  g_autofree char *ascii = NULL;
  g_autofree char *unicode = NULL;
  g_auto(GStrv) labels = NULL;
  guint n_labels;

  ascii = g_hostname_to_ascii (host);
  unicode = ascii != NULL ? g_hostname_to_unicode (ascii) : NULL;
  if (unicode == NULL)
    return MADO_URI_PROBLEM_HOST;
  if (!g_str_equal (host, ascii) && !g_str_equal (host, unicode))
    return MADO_URI_PROBLEM_HOST;
  if (g_hostname_is_ip_address (ascii) || strlen (ascii) > 253)
    return MADO_URI_PROBLEM_HOST;

  labels = g_strsplit (ascii, ".", -1);
  n_labels = g_strv_length (labels);
  if (n_labels < 2 || !top_level_is_public (labels[n_labels - 1]))
    return MADO_URI_PROBLEM_HOST;
  for (guint i = 0; i < n_labels; i++)
    if (!label_is_valid (labels[i]))
      return MADO_URI_PROBLEM_HOST;

  return check_scripts (unicode);
}

/* The authority as written (GUri would hand back a host already decoded and
 * mapped, which hides the forms refused above). */
static MadoUriProblem
check_web_authority (const char *after_slashes,
                     GUri       *parsed)
{
  g_autofree char *authority = g_strndup (after_slashes, strcspn (after_slashes, "/?#"));
  char *colon;

  if (g_uri_get_userinfo (parsed) != NULL || strchr (authority, '@') != NULL)
    return MADO_URI_PROBLEM_USER_INFO;
  if (authority[0] == '[' || strchr (authority, '%') != NULL)
    return MADO_URI_PROBLEM_HOST;

  /* GUri has checked that a port is digits; an empty or zero one is odd. */
  colon = strrchr (authority, ':');
  if (colon != NULL)
    {
      if (g_uri_get_port (parsed) <= 0)
        return MADO_URI_PROBLEM_HOST;
      *colon = '\0';
    }

  return check_host (authority);
}

static MadoUriProblem
check_web (const char *uri,
           GUri       *parsed)
{
  MadoUriProblem problem;

  problem = check_web_authority (strstr (uri, "//") + 2, parsed);
  if (problem != MADO_URI_PROBLEM_NONE)
    return problem;

  if (!decoded_is_plain (g_uri_get_path (parsed), FALSE)
      || !decoded_is_plain (g_uri_get_query (parsed), FALSE)
      || !decoded_is_plain (g_uri_get_fragment (parsed), FALSE))
    return MADO_URI_PROBLEM_CHARACTERS;

  return MADO_URI_PROBLEM_NONE;
}

/* Only "subject" and "body", each once: other fields add recipients (cc,
 * bcc, to) or ask the mail client to attach files ("attach=/etc/passwd"). */
static MadoUriProblem
check_mail_query (const char *query)
{
  g_auto(GStrv) fields = g_strsplit (query, "&", -1);
  gboolean seen_subject = FALSE;
  gboolean seen_body = FALSE;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      gboolean *seen;

      if (g_ascii_strncasecmp (fields[i], "subject=", strlen ("subject=")) == 0)
        seen = &seen_subject;
      else if (g_ascii_strncasecmp (fields[i], "body=", strlen ("body=")) == 0)
        seen = &seen_body;
      else
        return MADO_URI_PROBLEM_MAIL;

      if (*seen)
        return MADO_URI_PROBLEM_MAIL;
      *seen = TRUE;

      if (!decoded_is_plain (strchr (fields[i], '=') + 1, seen == &seen_body))
        return MADO_URI_PROBLEM_CHARACTERS;
    }

  return MADO_URI_PROBLEM_NONE;
}

/* One recipient, written plainly (no escapes, no list), at a public host. */
static MadoUriProblem
check_mail (const char *uri)
{
  const char *rest = uri + strlen ("mailto:");
  g_autofree char *address = g_strndup (rest, strcspn (rest, "?"));
  const char *query = strchr (rest, '?');

  if (strchr (rest, '#') != NULL || strchr (address, '%') != NULL
      || !mado_email_address_is_valid (address))
    return MADO_URI_PROBLEM_MAIL;

  if (check_host (strchr (address, '@') + 1) != MADO_URI_PROBLEM_NONE)
    return check_host (strchr (address, '@') + 1);

  return query != NULL ? check_mail_query (query + 1) : MADO_URI_PROBLEM_NONE;
}

/**
 * mado_uri_check:
 * @uri: an address from the dataset or on its way to the system
 *
 * Returns: %MADO_URI_PROBLEM_NONE when @uri may be opened, else the first
 *   reason found to refuse it
 */
MadoUriProblem
mado_uri_check (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;

  g_return_val_if_fail (uri != NULL, MADO_URI_PROBLEM_SCHEME);

  /* Written in lower case, as SCHEMA.md asks: GUri would accept "HTTP:". */
  if (!g_str_has_prefix (uri, "https://") && !g_str_has_prefix (uri, "http://")
      && !g_str_has_prefix (uri, "mailto:"))
    return MADO_URI_PROBLEM_SCHEME;

  if (!text_is_plain (uri))
    return MADO_URI_PROBLEM_CHARACTERS;

  parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED, NULL);
  if (parsed == NULL)
    return MADO_URI_PROBLEM_SYNTAX;

  if (g_str_has_prefix (uri, "mailto:"))
    return check_mail (uri);
  return check_web (uri, parsed);
}

/* For the dataset's error messages, which data maintainers read (in English,
 * like every loader error); the window words its own. */
const char *
mado_uri_problem_describe (MadoUriProblem problem)
{
  switch (problem)
    {
    case MADO_URI_PROBLEM_NONE:
      return "is a plain address";
    case MADO_URI_PROBLEM_SCHEME:
      return "is not an http, https or mailto address written in lower case";
    case MADO_URI_PROBLEM_SYNTAX:
      return "is not a well-formed address";
    case MADO_URI_PROBLEM_CHARACTERS:
      return "contains a space, a line break, a control character or an invisible "
             "one (such as a right-to-left override), written or percent-encoded";
    case MADO_URI_PROBLEM_USER_INFO:
      return "has a user name before the host (“…@”): a browser would open the "
             "host after the “@”";
    case MADO_URI_PROBLEM_HOST:
      return "does not name a public host in lower case (no IP address, no single "
             "name such as localhost, no empty part, no full-width or encoded "
             "letters)";
    case MADO_URI_PROBLEM_MIXED_SCRIPT:
      return "mixes writing systems in its host name, as look-alike addresses do";
    case MADO_URI_PROBLEM_MAIL:
      return "is not a mailto: address of one recipient with at most a subject "
             "and a body";
    default:
      g_assert_not_reached ();
    }
}

/* @uri with every character a person could not see or could misread
 * (controls, bidi and format characters, spaces other than the ASCII one)
 * shown as \u{…}, and cut at 200
 * characters: for messages that quote a refused address without being
 * deceived by it in turn. */
char *
mado_uri_dup_printable (const char *uri)
{
  g_autofree char *valid = NULL;
  GString *out;
  const char *p;
  guint count = 0;

  g_return_val_if_fail (uri != NULL, NULL);

  valid = g_utf8_make_valid (uri, -1);
  out = g_string_new (NULL);
  for (p = valid; *p && count < 200; p = g_utf8_next_char (p), count++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\\' || c == ' ' || char_is_allowed_raw (c))
        g_string_append_unichar (out, c);
      else
        g_string_append_printf (out, "\\u{%04X}", c);
    }
  if (*p != '\0')
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}
