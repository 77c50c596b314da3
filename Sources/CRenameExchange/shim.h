// The one atomic exchange of two paths: Linux's renameat2(RENAME_EXCHANGE), macOS's
// renamex_np(RENAME_SWAP). Both are in the C library, so nothing is linked. glibc declares
// renameat2 only under _GNU_SOURCE, which Swift's Glibc module does not set: hence this header.
#ifdef __APPLE__
#include <stdio.h>
static inline int advocate_exchange(const char *first, const char *second) {
    return renamex_np(first, second, RENAME_SWAP);
}
#else
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
static inline int advocate_exchange(const char *first, const char *second) {
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}
#endif
