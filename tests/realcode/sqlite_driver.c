/* Runs SQL through the SQLite amalgamation and prints every result row: the real-program test of
   `altitude run` (tests/Altitude.Tests/RealCode/SqliteRunTests.cs compares it with a gcc build). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sqlite3.h"

static int row(void *user, int n, char **values, char **names) {
    int *count = user;
    ++*count;
    for (int i = 0; i < n; i++) printf("%s%s=%s", i ? " " : "", names[i], values[i] ? values[i] : "NULL");
    printf("\n");
    return 0;
}

static void run(sqlite3 *db, const char *sql) {
    char *err = NULL;
    int rows = 0;
    if (sqlite3_exec(db, sql, row, &rows, &err) != SQLITE_OK) {
        printf("error: %s\n", err);
        sqlite3_free(err);
    }
    printf("-- %d rows\n", rows);
}

int main(void) {
    sqlite3 *db;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
    run(db, "CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);"
            "CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, dept INTEGER REFERENCES dept(id), salary REAL, hired TEXT);"
            "CREATE INDEX emp_dept ON emp(dept, salary);"
            "INSERT INTO dept(name) VALUES ('eng'), ('ops'), ('sales');"
            "INSERT INTO emp(name, dept, salary, hired) VALUES"
            " ('ada', 1, 120000, '2019-03-01'), ('bob', 1, 95000.5, '2021-07-15'), ('cy', 2, 70000, '2020-01-10'),"
            " ('dee', 3, 65000, '2018-11-30'), ('eve', 3, NULL, '2023-02-28'), ('fay', 1, 101000, '2022-05-05');");
    run(db, "SELECT d.name AS dept, count(e.id) AS n, round(avg(e.salary), 2) AS avg_salary, max(e.salary) AS top"
            " FROM dept d LEFT JOIN emp e ON e.dept = d.id GROUP BY d.id ORDER BY n DESC, dept;");
    run(db, "SELECT name, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r,"
            " sum(salary) OVER (ORDER BY hired ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running"
            " FROM emp ORDER BY hired;");
    run(db, "BEGIN; UPDATE emp SET salary = salary * 1.1 WHERE dept = 1; SAVEPOINT s;"
            " DELETE FROM emp WHERE salary IS NULL; ROLLBACK TO s; COMMIT;"
            "SELECT name, printf('%.2f', salary) AS s FROM emp WHERE dept = 1 ORDER BY salary;");
    run(db, "CREATE VIEW senior AS SELECT name FROM emp WHERE hired < '2020-06-01';"
            "CREATE TABLE log(msg TEXT); CREATE TRIGGER t AFTER INSERT ON emp BEGIN INSERT INTO log VALUES ('hired ' || new.name); END;"
            "INSERT INTO emp(name, dept, salary, hired) VALUES ('gus', 2, 58000, '2024-01-02');"
            "SELECT * FROM senior ORDER BY name; SELECT msg FROM log;");
    run(db, "WITH RECURSIVE fib(a, b, n) AS (SELECT 0, 1, 1 UNION ALL SELECT b, a + b, n + 1 FROM fib WHERE n < 30)"
            " SELECT max(a) AS f30, total(a) AS t FROM fib;");
    run(db, "SELECT upper('hello') AS u, length('h\xc3\xa9llo') AS l, substr('abcdef', 2, 3) AS s, replace('a-b-c', '-', '+') AS r,"
            " hex(zeroblob(3)) AS z, typeof(1.5) AS t, 7 / 2 AS i, 7 / 2.0 AS f, 1e300 * 1e10 AS inf, abs(-9223372036854775807) AS big,"
            " date('2024-02-28', '+1 day') AS d, strftime('%j', '2024-12-31') AS doy;");
    run(db, "SELECT json_object('a', 1, 'b', json_array(1, 2, 'x')) AS j, json_extract('{\"k\":[10,20]}', '$.k[1]') AS x;");
    run(db, "SELECT name FROM emp WHERE name LIKE '_a%' OR name GLOB 'e*' ORDER BY 1;"
            "SELECT quote(x'00ff') AS q, coalesce(NULL, NULL, 'z') AS c, nullif(3, 3) AS n, iif(1 < 2, 'yes', 'no') AS i;");
    run(db, "SELECT no_such_column FROM emp;");
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v2(db, "SELECT ?1 * 2, ?2 || '!'", -1, &stmt, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(stmt, 1, 21);
        sqlite3_bind_text(stmt, 2, "bound", -1, SQLITE_STATIC);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            printf("%lld %s\n", (long long)sqlite3_column_int64(stmt, 0), (const char *)sqlite3_column_text(stmt, 1));
        sqlite3_finalize(stmt);
    }
    printf("changes %d total %d\n", sqlite3_changes(db), sqlite3_total_changes(db));
    sqlite3_close(db);
    printf("version %s\n", sqlite3_libversion());
    return 0;
}
