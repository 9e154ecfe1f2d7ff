// Library: strptime in the C locale: numeric and named fields, composite conversions, AM/PM, %z offsets, %s, failures, and how tm_wday/tm_yday are derived.
// expect-exit: 0
// expect-stdout:
// | [2024-02-29 13:05:09] [%Y-%m-%d %H:%M:%S] -> rest [] 124-1-29 13:5:9 wday 4 yday 59 gmtoff 0
// | [2024-02-29T13:05:09Z] [%Y-%m-%dT%H:%M:%S] -> rest [Z] 124-1-29 13:5:9 wday 4 yday 59 gmtoff 0
// | [  12/31/99] [%D] -> rest [] 99-11-31 0:0:0 wday 5 yday 364 gmtoff 0
// | [03/04/05 rest] [%x] -> rest [ rest] 105-2-4 0:0:0 wday 5 yday 62 gmtoff 0
// | [Thu Feb 29 13:05:09 2024] [%c] -> rest [] 124-1-29 13:5:9 wday 4 yday 59 gmtoff 0
// | [thursday, MARCH 7] [%A, %B %d] -> rest [] 0-2-7 0:0:0 wday 4 yday 65 gmtoff 0
// | [11:30:00 PM] [%r] -> rest [] 0-0-0 23:30:0 wday 9 yday 999 gmtoff 0
// | [12:00 am] [%I:%M %p] -> rest [] 0-0-0 0:0:0 wday 9 yday 999 gmtoff 0
// | [7pm] [%I%p] -> rest [] 0-0-0 19:0:0 wday 9 yday 999 gmtoff 0
// | [1700000000] [%s] -> rest [] 123-10-14 22:13:20 wday 2 yday 317 gmtoff 0
// | [+0530 x] [%z x] -> rest [] 0-0-0 0:0:0 wday 9 yday 999 gmtoff 19800
// | [-08:00] [%z] -> rest [] 0-0-0 0:0:0 wday 9 yday 999 gmtoff -28800
// | [20 24] [%C %y] -> rest [] 124-0-0 0:0:0 wday 0 yday -1 gmtoff 0
// | [day 60 of 2023] [day %j of %Y] -> rest [] 123-2-1 0:0:0 wday 3 yday 59 gmtoff 0
// | [2023 13] [%Y %m] -> NULL
// | [32] [%d] -> NULL
// | [abc] [%Y] -> NULL
// | [2024-1-5] [%F] -> rest [] 124-0-5 0:0:0 wday 5 yday 4 gmtoff 0
// | [5] [%u] -> rest [] 0-0-0 0:0:0 wday 5 yday 999 gmtoff 0
// | [100%] [%d%%] -> NULL
// | [1999] [%Y%n] -> rest [] 99-0-0 0:0:0 wday 4 yday -1 gmtoff 0
// | [ 7 8] [%e%e] -> rest [] 0-0-8 0:0:0 wday 1 yday 7 gmtoff 0
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <stdlib.h>
static void t(const char *in, const char *fmt) {
  struct tm tm; memset(&tm, 0, sizeof tm); tm.tm_wday = 9; tm.tm_yday = 999;
  char *r = strptime(in, fmt, &tm);
  if (!r) { printf("[%s] [%s] -> NULL\n", in, fmt); return; }
  printf("[%s] [%s] -> rest [%s] %d-%d-%d %d:%d:%d wday %d yday %d gmtoff %ld\n", in, fmt, r, tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_gmtoff);
}
int main(void) {
  setenv("TZ", "UTC0", 1);
  t("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S");
  t("2024-02-29T13:05:09Z", "%Y-%m-%dT%H:%M:%S");
  t("  12/31/99", "%D");
  t("03/04/05 rest", "%x");
  t("Thu Feb 29 13:05:09 2024", "%c");
  t("thursday, MARCH 7", "%A, %B %d");
  t("11:30:00 PM", "%r");
  t("12:00 am", "%I:%M %p");
  t("7pm", "%I%p");
  t("1700000000", "%s");
  t("+0530 x", "%z x");
  t("-08:00", "%z");
  t("20 24", "%C %y");
  t("day 60 of 2023", "day %j of %Y");
  t("2023 13", "%Y %m");
  t("32", "%d");
  t("abc", "%Y");
  t("2024-1-5", "%F");
  t("5", "%u");
  t("100%", "%d%%");
  t("1999", "%Y%n");
  t(" 7 8", "%e%e");
  return 0;
}
