// Programs: a trie over lowercase words with insert, lookup, prefix counting and free.
// expect-exit: 0
// expect-stdout:
// | car  word=1 prefix=3
// | ca   word=0 prefix=4
// | do   word=1 prefix=2
// | d    word=0 prefix=2
// | cow  word=0 prefix=0
#include <stdio.h>
#include <stdlib.h>
struct trie { struct trie *kids[26]; int end, below; };
static struct trie *node(void) { return calloc(1, sizeof(struct trie)); }
static void insert(struct trie *t, const char *w) {
    for (; *w; w++) {
        int k = *w - 'a';
        if (!t->kids[k]) t->kids[k] = node();
        t->below++;
        t = t->kids[k];
    }
    t->below++;
    t->end = 1;
}
static const struct trie *walk(const struct trie *t, const char *w) {
    for (; t && *w; w++) t = t->kids[*w - 'a'];
    return t;
}
static void destroy(struct trie *t) {
    if (!t) return;
    for (int i = 0; i < 26; i++) destroy(t->kids[i]);
    free(t);
}
int main(void) {
    struct trie *root = node();
    const char *words[] = { "car", "cart", "care", "cat", "dog", "do" };
    for (int i = 0; i < 6; i++) insert(root, words[i]);
    const char *q[] = { "car", "ca", "do", "d", "cow" };
    for (int i = 0; i < 5; i++) {
        const struct trie *t = walk(root, q[i]);
        printf("%-4s word=%d prefix=%d\n", q[i], t ? t->end : 0, t ? t->below : 0);
    }
    destroy(root);
    return 0;
}
