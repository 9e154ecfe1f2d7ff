// Stdio: parse a CSV file with fscanf scansets ("%[^,]") and sum a column per category.
// expect-exit: 0
// expect-stdout:
// | fruit  apple     3 x 0.50
// | veg    carrot   10 x 0.20
// | fruit  pear      2 x 0.75
// | veg    leek      1 x 1.10
// | fruit  fig      12 x 0.30
// | rows=5 fruit=6.60 veg=3.10
#include <stdio.h>
#include <string.h>

static const char *name = "stdio_csv_totals.csv";

int main(void) {
    FILE *f = fopen(name, "w");
    fputs("fruit,apple,3,0.50\nveg,carrot,10,0.20\nfruit,pear,2,0.75\nveg,leek,1,1.10\nfruit,fig,12,0.30\n", f);
    fclose(f);
    f = fopen(name, "r");
    char category[16], item[16];
    int qty;
    double price, fruit = 0, veg = 0;
    int rows = 0;
    while (fscanf(f, "%15[^,],%15[^,],%d,%lf\n", category, item, &qty, &price) == 4) {
        rows++;
        if (strcmp(category, "fruit") == 0) fruit += qty * price;
        else veg += qty * price;
        printf("%-6s %-7s %3d x %.2f\n", category, item, qty, price);
    }
    printf("rows=%d fruit=%.2f veg=%.2f\n", rows, fruit, veg);
    fclose(f);
    return remove(name);
}
