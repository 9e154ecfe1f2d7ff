// Helper header for pragma_once.c: defining the function twice would be an error.
#pragma once
static int once_value(void) { return 11; }
