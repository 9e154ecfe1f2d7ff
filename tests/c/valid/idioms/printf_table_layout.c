// Idioms: column layout with printf: computed widths via %*s and %-*s, precision-limited strings with %.*s, right-aligned numbers, and separator lines built with memset.
// std: c17
// expect-exit: 0
// expect-stdout:
// | -------------------------------------------------
// | | name         | category   |  qty |      total |
// | -------------------------------------------------
// | | widget       | hardware   |   12 |      42.00 |
// | | gizmo delux~ | gadgets    |    3 |     389.97 |
// | | nut          | hardware   | 1500 |      30.00 |
// | | manual       | docs       |    1 |       0.00 |
// | | cable        | electrical |   40 |     290.00 |
// | -------------------------------------------------
// | |                      grand total |     751.97 |
// | [   ab][ab   ][ab][    x][7   ][00042]
// | [neg   ][wider]
#include <stdio.h>
#include <string.h>

struct row { const char *name; const char *category; int qty; double price; };

static int max_int(int a, int b) { return a > b ? a : b; }

int main(void) {
    const struct row rows[] = {
        { "widget", "hardware", 12, 3.5 }, { "gizmo deluxe edition", "gadgets", 3, 129.99 },
        { "nut", "hardware", 1500, 0.02 }, { "manual", "docs", 1, 0.0 }, { "cable", "electrical", 40, 7.25 },
    };
    const int n = (int)(sizeof rows / sizeof rows[0]);
    const int name_cap = 12;
    int wname = 4, wcat = 8, wqty = 3;
    for (int i = 0; i < n; i++) {
        wname = max_int(wname, (int)strlen(rows[i].name) < name_cap ? (int)strlen(rows[i].name) : name_cap);
        wcat = max_int(wcat, (int)strlen(rows[i].category));
        wqty = max_int(wqty, snprintf(NULL, 0, "%d", rows[i].qty));
    }
    char line[128];
    int total_width = wname + wcat + wqty + 10 + 4 * 3 + 1;
    memset(line, '-', (size_t)total_width);
    line[total_width] = '\0';
    printf("%s\n", line);
    printf("| %-*s | %-*s | %*s | %10s |\n", wname, "name", wcat, "category", wqty, "qty", "total");
    printf("%s\n", line);
    double grand = 0;
    for (int i = 0; i < n; i++) {
        double total = rows[i].qty * rows[i].price;
        grand += total;
        int len = (int)strlen(rows[i].name);
        printf("| %-*.*s%s | %-*s | %*d | %10.2f |\n", len > name_cap ? wname - 1 : wname, len > name_cap ? name_cap - 1 : name_cap,
               rows[i].name, len > name_cap ? "~" : "", wcat, rows[i].category, wqty, rows[i].qty, total);
    }
    printf("%s\n", line);
    printf("| %*s | %10.2f |\n", wname + wcat + wqty + 6, "grand total", grand);
    printf("[%5s][%-5s][%.2s][%5.1s][%-*d][%0*d]\n", "ab", "ab", "abc", "xyz", 4, 7, 5, 42);
    printf("[%*s][%-*s]\n", -6, "neg", 3, "wider");
    return 0;
}
