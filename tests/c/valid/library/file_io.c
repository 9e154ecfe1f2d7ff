// Library: tmpfile, fprintf/fscanf, fgets, fseek/ftell/rewind, fread/fwrite round trip.
// expect-exit: 0
// expect-stdout:
// | line one
// | line 2
// | 3 7 8 9 28
// | 1
#include <stdio.h>
int main(void) {
    FILE *f = tmpfile();
    if (!f) return 1;
    fprintf(f, "line one\nline %d\n", 2);
    int data[3] = { 7, 8, 9 };
    fwrite(data, sizeof data[0], 3, f);
    long size = ftell(f);
    rewind(f);
    char buf[32];
    while (fgets(buf, sizeof buf, f) && buf[0] == 'l') fputs(buf, stdout);
    fseek(f, -(long)sizeof data, SEEK_END);
    int back[3] = { 0 };
    size_t got = fread(back, sizeof back[0], 3, f);
    printf("%zu %d %d %d %ld\n", got, back[0], back[1], back[2], size);
    printf("%d\n", fgetc(f) == EOF && feof(f));
    fclose(f);
    return 0;
}
