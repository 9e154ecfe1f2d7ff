/* Parses, builds, edits and prints JSON with cJSON and cJSON_Utils: the cJSON real-program test of
   `altitude run` (tests/Altitude.Tests/RealCode/CjsonRunTests.cs compares its output with a gcc
   build of the same sources). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cJSON.h"
#include "cJSON_Utils.h"

static void show(const char *label, cJSON *item) {
    char *formatted = cJSON_Print(item);
    char *compact = cJSON_PrintUnformatted(item);
    printf("%s:\n%s\n%s\n", label, formatted ? formatted : "(null)", compact ? compact : "(null)");
    cJSON_free(formatted);
    cJSON_free(compact);
}

static const char *document =
    "{\n"
    "  \"name\": \"Altitude\", \"version\": 3, \"ratio\": 0.1, \"big\": 1e300, \"neg\": -12.5e-3,\n"
    "  \"flags\": [true, false, null], \"escapes\": \"tab\\tquote\\\"slash\\/u\\u00e9\\ud83d\\ude00\",\n"
    "  \"nested\": {\"list\": [1, 2, 3, 4.25, -0, 123456789012], \"empty\": {}, \"none\": []}\n"
    "}";

int main(void) {
    printf("cJSON %s\n", cJSON_Version());
    cJSON *root = cJSON_Parse(document);
    if (!root) { printf("parse failed near: %.20s\n", cJSON_GetErrorPtr()); return 1; }
    show("parsed", root);

    cJSON *list = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItem(root, "nested"), "list");
    double sum = 0;
    cJSON *element;
    cJSON_ArrayForEach(element, list) sum += element->valuedouble;
    printf("list size=%d sum=%.17g name=%s version=%d\n", cJSON_GetArraySize(list), sum,
           cJSON_GetStringValue(cJSON_GetObjectItem(root, "name")), cJSON_GetObjectItem(root, "version")->valueint);

    /* Building and editing. */
    cJSON *made = cJSON_CreateObject();
    cJSON_AddStringToObject(made, "greeting", "h\xc3\xa9llo\n\x01");
    cJSON_AddNumberToObject(made, "pi", 3.14159265358979);
    cJSON_AddNumberToObject(made, "third", 1.0 / 3.0);
    cJSON_AddNumberToObject(made, "huge", 1e22);
    cJSON_AddBoolToObject(made, "ok", 1);
    cJSON_AddNullToObject(made, "nothing");
    int numbers[] = {5, -7, 1 << 30};
    cJSON_AddItemToObject(made, "ints", cJSON_CreateIntArray(numbers, 3));
    const char *words[] = {"a", "b c", ""};
    cJSON_AddItemToObject(made, "words", cJSON_CreateStringArray(words, 3));
    cJSON_AddItemToObject(made, "copy", cJSON_Duplicate(list, 1));
    cJSON_ReplaceItemInObject(made, "pi", cJSON_CreateNumber(2.718281828));
    cJSON_DeleteItemFromArray(cJSON_GetObjectItem(made, "copy"), 1);
    cJSON_InsertItemInArray(cJSON_GetObjectItem(made, "copy"), 0, cJSON_CreateString("first"));
    show("made", made);
    printf("compare self=%d other=%d\n", cJSON_Compare(made, made, 1), cJSON_Compare(made, root, 1));

    /* Preallocated printing, minify and error reporting. */
    char buffer[512];
    printf("preallocated=%d\n", cJSON_PrintPreallocated(made, buffer, sizeof buffer, 0));
    printf("%s\n", buffer);
    char messy[] = " { \"a\" : [ 1 , 2 ] , /* comment */ \"b\" : \"x y\" } // end\n";
    cJSON_Minify(messy);
    printf("minified=%s\n", messy);
    const char *end = NULL;
    const char *bad_text = "[1, 2, }";
    cJSON *bad = cJSON_ParseWithOpts(bad_text, &end, 0);
    printf("bad=%p error at offset %d\n", (void *)bad, (int)(end ? end - bad_text : -1));
    bad = cJSON_Parse(bad_text);
    printf("bad again=%p near '%s'\n", (void *)bad, cJSON_GetErrorPtr());

    /* cJSON_Utils: JSON pointers, patches, merge patches, sorting. */
    printf("pointer /nested/list/3 = %g\n", cJSONUtils_GetPointer(root, "/nested/list/3")->valuedouble);
    cJSON *patches = cJSONUtils_GeneratePatches(root, made);
    show("patches", patches);
    cJSON *target = cJSON_Duplicate(root, 1);
    int applied = cJSONUtils_ApplyPatches(target, patches);
    printf("apply=%d equal=%d\n", applied, cJSON_Compare(target, made, 1));
    cJSON *merge = cJSONUtils_GenerateMergePatch(root, made);
    show("merge", merge);
    cJSONUtils_SortObject(made);
    show("sorted", made);

    cJSON_Delete(merge);
    cJSON_Delete(target);
    cJSON_Delete(patches);
    cJSON_Delete(made);
    cJSON_Delete(root);
    return 0;
}
