/* Renders Markdown to HTML with md4c (CommonMark and GitHub dialects, several flags) and walks a
   document with the SAX-like parser API: the md4c real-program test of `altitude run`
   (tests/Altitude.Tests/RealCode/Md4cRunTests.cs compares its output with a gcc build). */
#include <stdio.h>
#include <string.h>
#include "md4c.h"
#include "md4c-html.h"

static const char *document =
    "# Title &amp; more\n\nSome *emph*, **strong**, `code`, [link](http://x.org \"t\") and ![img](a.png).\n\n"
    "- item 1\n- item 2\n  1. nested\n  2. list\n\n> quote with <b>html</b>\n> > and a nested one\n\n"
    "```c\nint main(void) { return 0; }\n```\n\n    indented code\n\n"
    "| a | b | c |\n|---|:-:|--:|\n| 1 | 2 | 3 |\n| ~~x~~ | www.example.com | a\\|b |\n\n"
    "- [x] done\n- [ ] todo\n\nSetext\n======\n\n&copy; &#169; &#xA9; &bogus; \\* hard  \nbreak\\\nagain\n\n"
    "<div>\nraw *html* block\n</div>\n\n***\n\n[ref]: /url \"Ref title\"\nSee [the ref][ref] and <http://auto.link> "
    "and mail@example.com and $x^2$ and [[wiki]] and _under_score_.\n";

static void out(const MD_CHAR *text, MD_SIZE size, void *user) {
    (void)user;
    fwrite(text, 1, size, stdout);
}

static int depth, blocks, spans, texts;
static unsigned text_bytes;
static int enter_block(MD_BLOCKTYPE type, void *detail, void *user) {
    (void)detail; (void)user;
    printf("%*s<%d>\n", depth * 2, "", (int)type);
    depth++;
    blocks++;
    return 0;
}
static int leave_block(MD_BLOCKTYPE type, void *detail, void *user) {
    (void)type; (void)detail; (void)user;
    depth--;
    return 0;
}
static int enter_span(MD_SPANTYPE type, void *detail, void *user) {
    (void)type; (void)detail; (void)user;
    spans++;
    return 0;
}
static int leave_span(MD_SPANTYPE type, void *detail, void *user) {
    (void)type; (void)detail; (void)user;
    return 0;
}
static int text(MD_TEXTTYPE type, const MD_CHAR *t, MD_SIZE size, void *user) {
    (void)type; (void)t; (void)user;
    texts++;
    text_bytes += size;
    return 0;
}

int main(void) {
    MD_SIZE size = (MD_SIZE)strlen(document);
    unsigned dialects[] = {0, MD_DIALECT_GITHUB,
                           MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS | MD_FLAG_WIKILINKS | MD_FLAG_UNDERLINE |
                               MD_FLAG_NOHTML};
    for (int i = 0; i < 3; i++) {
        printf("== flags %#x\n", dialects[i]);
        int rc = md_html(document, size, out, NULL, dialects[i], i == 2 ? MD_HTML_FLAG_XHTML : 0);
        printf("== rc=%d\n", rc);
    }
    MD_PARSER parser = {0, MD_DIALECT_GITHUB, enter_block, leave_block, enter_span, leave_span, text, NULL, NULL};
    int rc = md_parse(document, size, &parser, NULL);
    printf("parse rc=%d blocks=%d spans=%d texts=%d bytes=%u\n", rc, blocks, spans, texts, text_bytes);
    return 0;
}
