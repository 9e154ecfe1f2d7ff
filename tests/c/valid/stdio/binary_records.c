// Stdio: fixed-size binary records with fwrite/fread, random access by index with fseek,
// an in-place update through an "r+b" stream, and a short fread at the end of the file.
// expect-exit: 0
// expect-stdout:
// | size after write: 200
// | record 3: 103 acct-3 31.50
// | read 5 records, eof=1
// | 100 acct-0 0.00
// | 101 acct-1 10.50
// | 102 acct-2 21.00
// | 103 acct-3 1031.50
// | 104 acct-4 42.00
#include <stdio.h>
#include <string.h>

struct record {
    int id;
    char name[24];
    double balance;
};

static const char *name = "stdio_binary_records.dat";

int main(void) {
    FILE *f = fopen(name, "wb");
    if (!f) return 1;
    for (int i = 0; i < 5; i++) {
        struct record r;
        memset(&r, 0, sizeof r);
        r.id = 100 + i;
        snprintf(r.name, sizeof r.name, "acct-%d", i);
        r.balance = 10.5 * i;
        if (fwrite(&r, sizeof r, 1, f) != 1) return 2;
    }
    printf("size after write: %ld\n", ftell(f));
    fclose(f);

    f = fopen(name, "r+b");
    if (!f) return 3;
    struct record r;
    fseek(f, 3 * (long)sizeof r, SEEK_SET);
    if (fread(&r, sizeof r, 1, f) != 1) return 4;
    printf("record 3: %d %s %.2f\n", r.id, r.name, r.balance);
    r.balance += 1000;
    fseek(f, -(long)sizeof r, SEEK_CUR);
    fwrite(&r, sizeof r, 1, f);
    rewind(f);
    struct record all[8];
    size_t n = fread(all, sizeof all[0], 8, f);
    printf("read %zu records, eof=%d\n", n, feof(f) != 0);
    for (size_t i = 0; i < n; i++) printf("%d %s %.2f\n", all[i].id, all[i].name, all[i].balance);
    fclose(f);
    return remove(name);
}
