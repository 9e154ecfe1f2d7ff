// Programs: a small ledger: accounts in a struct array, transactions validated, report printed.
// expect-exit: 0
// expect-stdout:
// | ada -> bob 12.34: ok
// | bob -> ada 50.00: insufficient funds
// | ada -> cy 0.01: frozen
// | bob -> dan 0.01: no such account
// | bob -> ada 37.34: ok
// | ada     125.00
// | bob       0.00
// | cy      999.99
#include <stdio.h>
#include <string.h>
struct account { char owner[12]; long cents; int frozen; };
enum result { OK, NO_FUNDS, FROZEN, NO_ACCOUNT };
static const char *result_names[] = { "ok", "insufficient funds", "frozen", "no such account" };
static struct account accounts[] = { { "ada", 10000, 0 }, { "bob", 2500, 0 }, { "cy", 99999, 1 } };
static struct account *find(const char *name) {
    for (size_t i = 0; i < sizeof accounts / sizeof accounts[0]; i++) if (!strcmp(accounts[i].owner, name)) return &accounts[i];
    return NULL;
}
static enum result transfer(const char *from, const char *to, long cents) {
    struct account *a = find(from), *b = find(to);
    if (!a || !b) return NO_ACCOUNT;
    if (a->frozen || b->frozen) return FROZEN;
    if (a->cents < cents) return NO_FUNDS;
    a->cents -= cents; b->cents += cents;
    return OK;
}
int main(void) {
    struct { const char *from, *to; long cents; } tx[] = {
        { "ada", "bob", 1234 }, { "bob", "ada", 5000 }, { "ada", "cy", 1 }, { "bob", "dan", 1 }, { "bob", "ada", 3734 },
    };
    for (size_t i = 0; i < sizeof tx / sizeof tx[0]; i++)
        printf("%s -> %s %ld.%02ld: %s\n", tx[i].from, tx[i].to, tx[i].cents / 100, tx[i].cents % 100,
               result_names[transfer(tx[i].from, tx[i].to, tx[i].cents)]);
    for (size_t i = 0; i < 3; i++) printf("%-4s %6ld.%02ld\n", accounts[i].owner, accounts[i].cents / 100, accounts[i].cents % 100);
    return 0;
}
