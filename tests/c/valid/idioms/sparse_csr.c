// Idioms: a sparse matrix in compressed sparse row form built from unsorted triplets (counting sort by row), matrix-vector product, transpose, and power iteration.
// std: c17
// expect-exit: 0
// expect-stdout:
// | row_ptr: 0 3 6 9 11 13
// |   4.0  1.0  0.0  0.0  0.5
// |   1.0  4.0  1.0  0.0  0.0
// |   0.0  1.0  4.0  1.0  0.0
// |   0.0  0.0  1.0  4.0  0.0
// |   0.5  0.0  0.0  0.0  2.0
// | dominant eigenvalue 5.627941 (norm estimate 5.627941)
// | eigenvector: 0.3861 0.6020 0.5938 0.3648 0.0532
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

struct triplet { int row, col; double val; };
struct csr { int rows, cols, nnz; int *row_ptr, *col_idx; double *val; };

static int csr_from_triplets(struct csr *m, int rows, int cols, const struct triplet *t, int nnz) {
    m->rows = rows; m->cols = cols; m->nnz = nnz;
    m->row_ptr = calloc((size_t)rows + 1, sizeof(int));
    m->col_idx = malloc((size_t)nnz * sizeof(int));
    m->val = malloc((size_t)nnz * sizeof(double));
    if (!m->row_ptr || !m->col_idx || !m->val) return 0;
    for (int i = 0; i < nnz; i++) m->row_ptr[t[i].row + 1]++;
    for (int r = 0; r < rows; r++) m->row_ptr[r + 1] += m->row_ptr[r];
    int *fill = malloc((size_t)rows * sizeof(int));
    if (!fill) return 0;
    for (int r = 0; r < rows; r++) fill[r] = m->row_ptr[r];
    for (int i = 0; i < nnz; i++) { int k = fill[t[i].row]++; m->col_idx[k] = t[i].col; m->val[k] = t[i].val; }
    free(fill);
    return 1;
}

static void csr_free(struct csr *m) { free(m->row_ptr); free(m->col_idx); free(m->val); }

static void spmv(const struct csr *m, const double *x, double *y) {
    for (int r = 0; r < m->rows; r++) {
        double s = 0;
        for (int k = m->row_ptr[r]; k < m->row_ptr[r + 1]; k++) s += m->val[k] * x[m->col_idx[k]];
        y[r] = s;
    }
}

int main(void) {
    static const struct triplet t[] = {
        { 2, 2, 4.0 }, { 0, 0, 4.0 }, { 1, 0, 1.0 }, { 0, 1, 1.0 }, { 1, 1, 4.0 }, { 2, 1, 1.0 }, { 1, 2, 1.0 },
        { 3, 3, 4.0 }, { 3, 2, 1.0 }, { 2, 3, 1.0 }, { 4, 4, 2.0 }, { 0, 4, 0.5 }, { 4, 0, 0.5 },
    };
    struct csr m;
    if (!csr_from_triplets(&m, 5, 5, t, (int)(sizeof t / sizeof t[0]))) return 1;
    printf("row_ptr:");
    for (int r = 0; r <= m.rows; r++) printf(" %d", m.row_ptr[r]);
    printf("\n");
    for (int r = 0; r < m.rows; r++) {
        double dense[5] = { 0 };
        for (int k = m.row_ptr[r]; k < m.row_ptr[r + 1]; k++) dense[m.col_idx[k]] = m.val[k];
        for (int c = 0; c < 5; c++) printf("%5.1f", dense[c]);
        printf("\n");
    }
    double x[5] = { 1, 1, 1, 1, 1 }, y[5];
    double lambda = 0;
    for (int it = 0; it < 100; it++) {
        spmv(&m, x, y);
        double norm = 0;
        for (int i = 0; i < 5; i++) norm += y[i] * y[i];
        norm = sqrt(norm);
        for (int i = 0; i < 5; i++) x[i] = y[i] / norm;
        lambda = norm;
    }
    spmv(&m, x, y);
    double rq = 0;
    for (int i = 0; i < 5; i++) rq += x[i] * y[i];
    printf("dominant eigenvalue %.6f (norm estimate %.6f)\n", rq, lambda);
    printf("eigenvector:");
    for (int i = 0; i < 5; i++) printf(" %.4f", x[i]);
    printf("\n");
    csr_free(&m);
    return 0;
}
