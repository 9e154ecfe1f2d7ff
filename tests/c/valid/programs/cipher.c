// Programs: Caesar and Vigenere ciphers, encrypt/decrypt round trips, ROT13 self-inverse.
// expect-exit: 0
// expect-stdout:
// | Dwwdfn dw Gdzq!
// | Attack at Dawn!
// | Lxfopv ef Rnhr!
// | Attack at Dawn!
// | Uryyb, Jbeyq
// | Hello, World
#include <stdio.h>
#include <ctype.h>
#include <string.h>
static void shift(char *s, const char *key, int dir) {
    size_t kl = strlen(key), k = 0;
    for (; *s; s++) {
        if (!isalpha((unsigned char)*s)) continue;
        char base = isupper((unsigned char)*s) ? 'A' : 'a';
        int sh = tolower((unsigned char)key[k++ % kl]) - 'a';
        *s = (char)(base + ((*s - base + dir * sh) % 26 + 26) % 26);
    }
}
int main(void) {
    char msg[] = "Attack at Dawn!";
    shift(msg, "d", 1);
    puts(msg);
    shift(msg, "d", -1);
    puts(msg);
    shift(msg, "LEMON", 1);
    puts(msg);
    shift(msg, "LEMON", -1);
    puts(msg);
    char r[] = "Hello, World";
    shift(r, "n", 1); puts(r);
    shift(r, "n", 1); puts(r);
    return 0;
}
