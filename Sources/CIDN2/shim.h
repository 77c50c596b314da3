// libidn2, through Debian's libidn2-dev (pkg-config: libidn2).
#include <idn2.h>
