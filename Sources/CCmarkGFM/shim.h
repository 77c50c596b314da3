// cmark-gfm and its GitHub extensions, through Debian's libcmark-gfm-dev and
// libcmark-gfm-extensions-dev (pkg-config: libcmark-gfm, which links both libraries).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
